using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// Rendered responses of archive-backed endpoints, kept in memory by archive version: a page, a
/// feed, an API answer or a search result depends only on the archive and its URL, so it is
/// rendered once per version instead of once per request. Bounded by size; emptied when the
/// archive's version moves on. A response is kept from the second request for its URL on: most
/// searches are asked once, and a crawler walks every page once, and neither should push out the
/// pages readers share, nor make the server hold memory for answers nobody asks for again.
/// Chosen over ASP.NET Core's OutputCache: a browser's hit 49,900 against 20,800 requests/s (docs/PERFORMANCE.md).
/// </summary>
public sealed class ResponseCache : IDisposable
{
    /// <summary>URLs remembered as asked once (by hash, 4 bytes and a slot each) before the record starts over.</summary>
    private const int MaxAskedOnce = 100_000;

    private readonly MemoryCache entries;
    private readonly ConcurrentDictionary<int, byte> askedOnce = new();
    private int askedOnceCount;
    private long version = -1;

    public ResponseCache(IOptions<ResponseCacheOptions> options)
    {
        Enabled = options.Value.Megabytes > 0;
        MaxEntryBytes = options.Value.MaxEntryKilobytes * 1024L;
        entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Megabytes * 1024L * 1024L) });
    }

    public bool Enabled { get; }

    public long MaxEntryBytes { get; }

    /// <summary>A kept response: its bytes as rendered and, for a compressible type, their Brotli and gzip copies.</summary>
    public sealed record Entry(string ContentType, byte[] Body, CompressedCopies? Compressed)
    {
        public long Size => Body.Length + (Compressed?.Length ?? 0);

        public byte[] BodyFor(ContentCoding coding) => coding switch
        {
            ContentCoding.Brotli when Compressed is not null => Compressed.Brotli,
            ContentCoding.Gzip when Compressed is not null => Compressed.Gzip,
            _ => Body,
        };
    }

    public Entry? Find(long archiveVersion, string key)
    {
        ForgetOlderThan(archiveVersion);
        return entries.TryGetValue(key, out Entry? entry) ? entry : null;
    }

    /// <summary>
    /// Whether a response for the key, missing from the cache, should be kept once rendered: true
    /// when it was asked for before in this archive version. A hash collision only keeps a response early.
    /// </summary>
    public bool AskedBefore(long archiveVersion, string key)
    {
        if (archiveVersion != Interlocked.Read(ref version))
            return false;
        var hash = StringComparer.Ordinal.GetHashCode(key);
        if (askedOnce.ContainsKey(hash))
            return true;
        if (Interlocked.Increment(ref askedOnceCount) > MaxAskedOnce)
            ForgetAskedOnce();
        askedOnce.TryAdd(hash, 0);
        return false;
    }

    /// <summary>Keeps a rendered response, with its compressed copies when <paramref name="compressible"/> (made here, once).</summary>
    public void Keep(long archiveVersion, string key, string contentType, byte[] body, bool compressible)
    {
        if (archiveVersion != Interlocked.Read(ref version) || body.Length > MaxEntryBytes)
            return;
        var entry = new Entry(contentType, body, compressible ? CompressedCopies.Of(body) : null);
        // The key's own characters count too, so that a flood of distinct URLs stays within bounds.
        entries.Set(key, entry, new MemoryCacheEntryOptions { Size = entry.Size + (key.Length * 2) + 64 });
    }

    private void ForgetOlderThan(long archiveVersion)
    {
        var known = Interlocked.Read(ref version);
        if (archiveVersion == known || Interlocked.CompareExchange(ref version, archiveVersion, known) != known)
            return;
        entries.Compact(1.0);
        ForgetAskedOnce();
    }

    private void ForgetAskedOnce()
    {
        askedOnce.Clear();
        Interlocked.Exchange(ref askedOnceCount, 0);
    }

    public void Dispose() => entries.Dispose();
}
