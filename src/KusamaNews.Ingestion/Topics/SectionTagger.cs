// Hot path: Tag, for every section of a full build; docs/PERFORMANCE.md, "Micro benchmarks" (tag one issue 36.8 -> 14.9 us over 59667a1, c7b4bfb and 8d7f8a3); benchmark before you change this.
using System.Runtime.CompilerServices;
using KusamaNews.Ingestion.HotPaths;

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
        // One list a thread, used again: a new list a section was most of what tagging allocated.
        var words = ThreadLists<TextTokens.Token>.Take();
        TextTokens.Read(heading, words);
        taxonomy.Matcher.Match(words, headingCounts, headingFirsts);
        TextTokens.Read(body, words);
        taxonomy.Matcher.Match(words, bodyCounts, bodyFirsts);
        ThreadLists<TextTokens.Token>.Done(words);

        // A few topics at most: a list in the order found, searched by reference, and one sort.
        var found = new List<Found>(4);
        for (var t = 0; t < topics.Count; t++)
        {
            if (headingFirsts[t] >= 0)
                found.Add(new Found(topics[t], true, headingFirsts[t], 0));
            else if (bodyCounts[t] >= MinBodyMentions)
                found.Add(new Found(topics[t], false, int.MaxValue, bodyCounts[t]));
        }

        foreach (var slug in issueTags)
        {
            if (taxonomy.Find(slug) is { } topic && IndexOf(found, topic) < 0)
                found.Add(new Found(topic, false, int.MaxValue, 0));
        }

        // The beats of the finer tags, in the order those were found (a beat is no finer tag itself).
        var finer = found.Count;
        for (var i = 0; i < finer; i++)
        {
            var child = found[i];
            if (child.Topic.Parent is null || taxonomy.Find(child.Topic.Parent) is not { } parent)
                continue;
            var at = IndexOf(found, parent);
            var existing = at >= 0 ? found[at] : null;
            if (existing is null || (child.IsPrimary && (!existing.IsPrimary || child.Position < existing.Position)))
            {
                var beat = new Found(parent, child.IsPrimary, child.Position, Math.Max(child.Count, existing?.Count ?? 0));
                if (at >= 0)
                    found[at] = beat;
                else
                    found.Add(beat);
            }
        }

        found.Sort(ByRank);
        var tags = new List<SectionTag>(found.Count);
        for (var rank = 0; rank < found.Count; rank++)
            tags.Add(new SectionTag(found[rank].Topic.Slug, found[rank].IsPrimary, rank));
        return tags;
    }

    // A loop, not FindIndex: its lambda would capture the topic, an allocation per call on the tagging path.
    private static int IndexOf(List<Found> found, Topic topic)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (ReferenceEquals(found[i].Topic, topic))
                return i;
        }
        return -1;
    }

    // Primary first, by where in the heading; then by mentions; a beat before its finer tags; then
    // as topics.yml lists them (unique, so the order is total and any sort gives the same ranks).
    private static int ByRank(Found a, Found b)
    {
        var order = b.IsPrimary.CompareTo(a.IsPrimary);
        if (order == 0)
            order = a.Position.CompareTo(b.Position);
        if (order == 0)
            order = b.Count.CompareTo(a.Count);
        if (order == 0)
            order = a.Depth.CompareTo(b.Depth);
        return order != 0 ? order : a.Topic.Ordinal.CompareTo(b.Topic.Ordinal);
    }
}
