using KusamaNews.Ingestion.Analysis;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// The normalised text split into terms and OR markers: words, "phrases", prefix* and -exclusions.
/// A quote without a partner is ignored; a term with no token in it (punctuation alone) is dropped,
/// as FTS5 would find it an empty phrase.
/// </summary>
internal static class QueryTerms
{
    public static List<SearchTerm> Of(string text) =>
        [.. Lex(text).Where(term => term.Kind == SearchTermKind.Or || Tokenizer.HasTokens(term.Text))];

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    private static IEnumerable<SearchTerm> Lex(string text)
    {
        var quotes = text.Count(IsQuote);
        var lastQuote = quotes % 2 == 1 ? LastIndexOf(text, IsQuote) : -1;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || i == lastQuote)
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && i + 1 != lastQuote;
            if (excluded)
                i++;

            if (IsQuote(text[i]))
            {
                var close = IndexOf(text, IsQuote, i + 1);
                if (close < 0 || close == lastQuote)
                {
                    i++;
                    continue;
                }
                var phrase = text[(i + 1)..close];
                i = close + 1;
                var starred = i < text.Length && text[i] == '*';
                while (i < text.Length && text[i] == '*')
                    i++;
                yield return Term(phrase, SearchTermKind.Phrase, starred, excluded);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i]) && i != lastQuote)
                i++;
            var word = text[start..i];
            if (word == "OR" && !excluded)
            {
                yield return new SearchTerm("OR", SearchTermKind.Or, Excluded: false);
                continue;
            }
            var trimmed = word.TrimEnd('*');
            yield return Term(trimmed, SearchTermKind.Word, trimmed.Length < word.Length, excluded);
        }
    }

    private static SearchTerm Term(string text, SearchTermKind kind, bool starred, bool excluded)
    {
        if (starred && TrailingTokenLength(text) >= ParsedQuery.MinPrefixLength)
            return new SearchTerm(text, SearchTermKind.Prefix, excluded);
        return new SearchTerm(text, kind, excluded);
    }

    /// <summary>How many characters the token the text ends with folds to (a prefix applies to it); 0 when the text ends in punctuation.</summary>
    private static int TrailingTokenLength(string text) =>
        Tokenizer.Tokens(text) is [.., var last] && last.Start + last.Length == text.Length ? last.Folded.EnumerateRunes().Count() : 0;

    private static int IndexOf(string text, Func<char, bool> predicate, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (predicate(text[i]))
                return i;
        }
        return -1;
    }

    private static int LastIndexOf(string text, Func<char, bool> predicate)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (predicate(text[i]))
                return i;
        }
        return -1;
    }
}
