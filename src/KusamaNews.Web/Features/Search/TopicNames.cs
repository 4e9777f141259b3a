using KusamaNews.Web.Site.Text;
namespace KusamaNews.Web.Features.Search;

/// <summary>Topics whose names the query's words name: "parachain" names Parachains, "govern" Governance.</summary>
public static class TopicNames
{
    private const int MinLength = 4;

    public static IReadOnlyList<TopicLink> Matching(IReadOnlyList<TopicLink> topics, SearchQuery query)
    {
        var words = query.Terms.Where(t => !t.Excluded && t.Kind != SearchTermKind.Or)
            .SelectMany(t => MarkedText.Words(t.Text)).Select(HighlightedHtml.Fold).ToList();
        return [.. topics.Where(topic => MarkedText.Words(topic.Name).Select(HighlightedHtml.Fold).Any(name => words.Any(word => Names(word, name))))];
    }

    private static bool Names(string word, string name) =>
        word == name
        || (Math.Min(word.Length, name.Length) >= MinLength
            && (word.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(word, StringComparison.Ordinal)));
}
