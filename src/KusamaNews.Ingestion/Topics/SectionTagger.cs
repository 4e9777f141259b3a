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

    public static IReadOnlyList<SectionTag> Tag(Taxonomy taxonomy, string heading, string body, IEnumerable<string> issueTags)
    {
        if (taxonomy.Topics.Count == 0)
            return [];
        var headingText = new TextTokens(heading);
        var bodyText = new TextTokens(body);
        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var matcher in taxonomy.Matchers)
        {
            var (_, first) = matcher.Find(headingText);
            if (first >= 0)
            {
                found[matcher.Topic.Slug] = new Found(matcher.Topic, true, first, 0);
                continue;
            }
            var (count, _) = matcher.Find(bodyText);
            if (count >= MinBodyMentions)
                found[matcher.Topic.Slug] = new Found(matcher.Topic, false, int.MaxValue, count);
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
