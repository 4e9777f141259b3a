namespace KusamaNews.Web.Site.Layout;

/// <summary>A topic as a tag on a section: a link to the topic's page.</summary>
public sealed record TopicTag(string Slug, string Name, bool IsPrimary, int Rank)
{
    public string Path => SitePaths.Topic(Slug);

    // The sections statements carry each section's tags in one column, so that a page stays at two
    // statements: "rank␟slug␟name␟primary" joined by ␞ (ASCII unit and record separators, which
    // topics.yml cannot hold in a slug and never holds in a name). The statement names the section
    // s and its issue i: tags are stored by topic and month (Schema.sql), so each topic's
    // entries of the month are looked up, a few, and the section's kept. CROSS JOIN keeps
    // Topics the outer loop; left to itself the planner scanned every tag.
    public const string Sql = """
        (SELECT group_concat(st.Rank || char(31) || st.TopicSlug || char(31) || t.Name || char(31) || st.IsPrimary, char(30))
         FROM Topics t CROSS JOIN SectionTopics st ON st.TopicSlug = t.Slug
         WHERE st.MonthKey = i.MonthKey AND st.SectionId = s.Id)
        """;

    public static IReadOnlyList<TopicTag> Parse(string? packed)
    {
        if (string.IsNullOrEmpty(packed))
            return [];
        return packed.Split('\u001e')
            .Select(record => record.Split('\u001f'))
            .Where(fields => fields.Length == 4)
            .Select(fields => new TopicTag(fields[1], fields[2], fields[3] == "1", int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(tag => tag.Rank)
            .ToList();
    }
}
