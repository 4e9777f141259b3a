using System.Runtime.CompilerServices;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Tags a section with topics: primary when a topic's term is in its heading, secondary when its
/// terms occur at least <see cref="MinBodyMentions"/> times in its text or the issue's front matter
/// names the topic. A finer tag brings its beat with it ("opengov" tags "governance" too).
/// Primary tags rank by where their term first appears in the heading, a beat before its finer tags.
/// </summary>
public static class SectionTagger
{
    public const int MinBodyMentions = 2;

    private sealed record Found(Topic Topic, bool IsPrimary, int Position, int Count)
    {
        public int Depth => Topic.Parent is null ? 0 : 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static IReadOnlyList<SectionTag> Tag(Taxonomy taxonomy, string heading, string body, IEnumerable<string> issueTags)
    {
        if (taxonomy.Topics.Count == 0)
            return [];
        var topics = taxonomy.Topics;
        Span<int> headingCounts = stackalloc int[topics.Count];
        Span<int> headingFirsts = stackalloc int[topics.Count];
        Span<int> bodyCounts = stackalloc int[topics.Count];
        Span<int> bodyFirsts = stackalloc int[topics.Count];
        taxonomy.Matcher.Match(TextTokens.Of(heading), headingCounts, headingFirsts);
        taxonomy.Matcher.Match(TextTokens.Of(body), bodyCounts, bodyFirsts);

        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        for (var t = 0; t < topics.Count; t++)
        {
            if (headingFirsts[t] >= 0)
                found[topics[t].Slug] = new Found(topics[t], true, headingFirsts[t], 0);
            else if (bodyCounts[t] >= MinBodyMentions)
                found[topics[t].Slug] = new Found(topics[t], false, int.MaxValue, bodyCounts[t]);
        }

        foreach (var slug in issueTags)
        {
            if (taxonomy.Find(slug) is { } topic)
                found.TryAdd(slug, new Found(topic, false, int.MaxValue, 0));
        }

        foreach (var child in found.Values.Where(f => f.Topic.Parent is not null).ToList())
        {
            if (taxonomy.Find(child.Topic.Parent!) is not { } parent)
                continue;
            found.TryGetValue(parent.Slug, out var existing);
            if (existing is null || (child.IsPrimary && (!existing.IsPrimary || child.Position < existing.Position)))
                found[parent.Slug] = new Found(parent, child.IsPrimary, child.Position, Math.Max(child.Count, existing?.Count ?? 0));
        }

        return found.Values
            .OrderByDescending(f => f.IsPrimary)
            .ThenBy(f => f.Position)
            .ThenByDescending(f => f.Count)
            .ThenBy(f => f.Depth)
            .ThenBy(f => f.Topic.Ordinal)
            .Select((f, rank) => new SectionTag(f.Topic.Slug, f.IsPrimary, rank))
            .ToList();
    }
}
