namespace KusamaNews.Web.Features.Search;

/// <summary>
/// A value read from the archive and kept until the archive changes (ArchiveState.Version). The
/// caller loads it within its own read snapshot, so the value always matches what it reads next.
/// </summary>
public sealed class PerVersion<T> where T : class
{
    private readonly Lock gate = new();
    private (long Version, T Value)? current;

    public T Get(long version, Func<T> load)
    {
        var cached = current;
        if (cached is { } hit && hit.Version == version)
            return hit.Value;
        lock (gate)
        {
            if (current is not { } kept || kept.Version != version)
                current = (version, load());
            return current.Value.Value;
        }
    }
}
