using System.Reflection;
using KusamaNews.Ingestion.Hosting;
using Microsoft.Net.Http.Headers;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// The validators of every archive-backed response. A page changes when the archive does (its
/// version and the time of that change) or when the app is redeployed (its build), so the three
/// make a weak ETag that costs nothing to compute: no response is rendered to be hashed. Weak,
/// because the same representation goes out compressed or not.
/// </summary>
public sealed class ArchiveValidators
{
    private readonly string build;
    private readonly DateTimeOffset builtUtc;

    public ArchiveValidators()
    {
        var assembly = typeof(ArchiveValidators).Assembly;
        // Deterministic builds give the same module id for the same source, so replicas agree.
        build = assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
        builtUtc = TruncateToSeconds(File.GetLastWriteTimeUtc(assembly.Location));
    }

    public EntityTagHeaderValue ETagFor(ArchiveSnapshot snapshot) =>
        new($"\"v{snapshot.Version}-{Changed(snapshot)?.ToUnixTimeSeconds() ?? 0:x}-{build}\"", isWeak: true);

    /// <summary>When the archive last changed, or the app was built if that is later (a new layout is a change too).</summary>
    public DateTimeOffset? LastModifiedFor(ArchiveSnapshot snapshot) =>
        Changed(snapshot) is { } changed ? TruncateToSeconds(changed > builtUtc ? changed : builtUtc) : null;

    private static DateTimeOffset? Changed(ArchiveSnapshot snapshot) => snapshot.ChangedUtc ?? snapshot.LastIngestedUtc;

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
