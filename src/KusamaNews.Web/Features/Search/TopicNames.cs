using KusamaNews.Ingestion.Analysis;

namespace KusamaNews.Web.Features.Search;

/// <summary>Topics whose names the query's words name, token by token as the index reads both: "parachain" names Parachains, "govern" Governance.</summary>
public static class TopicNames
{
    private const int MinLength = 4;

    public static IReadOnlyList<TopicLink> Matching(IReadOnlyList<TopicLink> topics, ParsedQuery query)
    {
        var words = query.Terms.Where(t => !t.Excluded && t.Kind != SearchTermKind.Or)
            .SelectMany(t => Tokenizer.Tokens(t.Text)).Select(token => token.Folded).ToList();
        return [.. topics.Where(topic => Tokenizer.Tokens(topic.Name).Any(name => words.Any(word => Names(word, name.Folded))))];
    }

    private static bool Names(string word, string name) =>
        word == name
        || (Math.Min(word.Length, name.Length) >= MinLength
            && (word.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(word, StringComparison.Ordinal)));
}
