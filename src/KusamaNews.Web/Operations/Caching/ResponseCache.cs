using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// Rendered responses of archive-backed endpoints, kept in memory by archive version: a page, a
/// feed, an API answer or a search result depends only on the archive and its URL, so it is
/// rendered once per version instead of once per request. Bounded by size; emptied when the
/// archive's version moves on.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly MemoryCache entries;
    private long version = -1;

    public ResponseCache(IOptions<ResponseCacheOptions> options)
    {
        Enabled = options.Value.Megabytes > 0;
        MaxEntryBytes = options.Value.MaxEntryKilobytes * 1024L;
        entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Megabytes * 1024L * 1024L) });
    }

    public bool Enabled { get; }

    public long MaxEntryBytes { get; }

    public sealed record Entry(string ContentType, byte[] Body);

    public Entry? Find(long archiveVersion, string key)
    {
        ForgetOlderThan(archiveVersion);
        return entries.TryGetValue(key, out Entry? entry) ? entry : null;
    }

    public void Keep(long archiveVersion, string key, Entry entry)
    {
        if (archiveVersion != Interlocked.Read(ref version) || entry.Body.Length > MaxEntryBytes)
            return;
        // The key's own characters count too, so that a flood of distinct URLs stays within bounds.
        entries.Set(key, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + (key.Length * 2) + 64 });
    }

    private void ForgetOlderThan(long archiveVersion)
    {
        var known = Interlocked.Read(ref version);
        if (archiveVersion == known || Interlocked.CompareExchange(ref version, archiveVersion, known) != known)
            return;
        entries.Compact(1.0);
    }

    public void Dispose() => entries.Dispose();
}
