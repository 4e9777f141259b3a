using System.Globalization;
using System.Text;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// What a reader typed, normalised, and the FTS5 MATCH expression it becomes. The reader's language:
/// words (all must match), "quoted phrases", prefix*, -excluded, and OR between two terms. Every
/// term reaches FTS5 as a quoted string, so nothing else the reader types is FTS5 syntax: NEAR(,
/// col:, ^, AND, NOT and parentheses are text, and punctuation inside a term ("XCM-v3", "$KSM",
/// "v1.2.0") is left to the tokenizer, which turns the term into the phrase of its parts.
/// </summary>
/// <remarks>
/// Plain C# with no ASP.NET in it, but it lives with the rest of search: its only callers are here.
/// </remarks>
public sealed record SearchQuery
{
    public const int MaxLength = 256;

    /// <summary>A prefix needs this many letters or digits before the *, or it would expand to much of the vocabulary.</summary>
    public const int MinPrefixLength = 2;

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms, string? match, string? anyMatch, SearchQueryProblem problem)
    {
        Text = text;
        Terms = terms;
        Match = match;
        AnyMatch = anyMatch;
        Problem = problem;
    }

    /// <summary>The input as searched: normalised (NFKC), trimmed, at most <see cref="MaxLength"/> characters.</summary>
    public string Text { get; }

    /// <summary>The terms that reached the expression, in the reader's order.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The FTS5 expression: every term must match. Null when there is nothing to search for.</summary>
    public string? Match { get; }

    /// <summary>The fallback when <see cref="Match"/> finds nothing: any of the terms. Null with fewer than two.</summary>
    public string? AnyMatch { get; }

    public SearchQueryProblem Problem { get; }

    /// <summary>The plain words to search for (not phrases, prefixes or exclusions): what suggestions can correct.</summary>
    public IReadOnlyList<string> Words =>
        [.. Terms.Where(t => t is { Kind: SearchTermKind.Word, Excluded: false }).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static SearchQuery Parse(string? input)
    {
        var text = Normalise(input);
        if (text.Length == 0)
            return new SearchQuery(text, [], null, null, SearchQueryProblem.Empty);

        var terms = Lex(text).Where(HasTokenCharacters).ToList();
        var (clauses, excluded) = Group(terms);
        if (clauses.Count == 0)
        {
            var problem = excluded.Count > 0 ? SearchQueryProblem.OnlyExclusions : SearchQueryProblem.NothingToSearch;
            return new SearchQuery(text, terms, null, null, problem);
        }

        var match = Expression(clauses.Select(Alternatives).ToList(), " AND ", excluded);
        var positives = clauses.SelectMany(c => c).ToList();
        var anyMatch = clauses.Count > 1 ? Expression(positives.Select(Format).ToList(), " OR ", excluded) : null;
        return new SearchQuery(text, terms, match, anyMatch, SearchQueryProblem.None);
    }

    /// <summary>The same query with one word replaced (a suggestion), as text a reader could have typed.</summary>
    public string Replace(string word, string replacement) =>
        string.Join(' ', Text.Split(' ').Select(part => string.Equals(part, word, StringComparison.OrdinalIgnoreCase) ? replacement : part));

    private static string Normalise(string? input)
    {
        if (string.IsNullOrEmpty(input))
            return "";
        // NFKC can only grow a string so far; bound the work before it, and cap again after.
        var raw = input.Length > MaxLength * 4 ? input[..(MaxLength * 4)] : input;
        var clean = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                clean.Append(c).Append(raw[++i]);
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                clean.Append('\uFFFD'); // a lone half of a pair, or a noncharacter: Normalize throws on both
            }
            else
            {
                clean.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        string normalised;
        try
        {
            normalised = clean.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Anything else ICU refuses (found by HostileRequestTests): search the text as typed.
            normalised = clean.ToString();
        }
        var collapsed = string.Join(' ', normalised.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(collapsed[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            collapsed = collapsed[..cut].TrimEnd();
        }
        return collapsed;
    }

    private static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    /// <summary>Splits the text into terms and OR markers. A quote without a partner is ignored.</summary>
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
        if (starred && TrailingTokenLength(text) >= MinPrefixLength)
            return new SearchTerm(text, SearchTermKind.Prefix, excluded);
        return new SearchTerm(text, kind, excluded);
    }

    /// <summary>Letters and digits are what the tokenizer keeps; a term of punctuation alone would be an empty phrase.</summary>
    private static bool HasTokenCharacters(SearchTerm term) =>
        term.Kind == SearchTermKind.Or || term.Text.EnumerateRunes().Any(Rune.IsLetterOrDigit);

    private static int TrailingTokenLength(string text)
    {
        var length = 0;
        for (var i = text.Length - 1; i >= 0 && char.IsLetterOrDigit(text[i]); i--)
            length++;
        return length;
    }

    /// <summary>
    /// Positive terms become clauses that must all match; OR between two positive terms joins them
    /// into one clause. An OR anywhere else is the word "or".
    /// </summary>
    private static (List<List<SearchTerm>> Clauses, List<SearchTerm> Excluded) Group(List<SearchTerm> terms)
    {
        var clauses = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var previousWasPositive = false;
        var joinNext = false;
        for (var k = 0; k < terms.Count; k++)
        {
            var term = terms[k];
            if (term.Kind == SearchTermKind.Or)
            {
                var nextIsPositive = k + 1 < terms.Count && terms[k + 1] is { Kind: not SearchTermKind.Or, Excluded: false };
                if (previousWasPositive && nextIsPositive)
                {
                    joinNext = true;
                    continue;
                }
                term = term with { Kind = SearchTermKind.Word };
            }

            if (term.Excluded)
            {
                excluded.Add(term);
                previousWasPositive = false;
                continue;
            }
            if (joinNext)
                clauses[^1].Add(term);
            else
                clauses.Add([term]);
            joinNext = false;
            previousWasPositive = true;
        }
        return (clauses, excluded);
    }

    private static string Alternatives(List<SearchTerm> clause) =>
        clause.Count == 1 ? Format(clause[0]) : $"({string.Join(" OR ", clause.Select(Format))})";

    private static string Expression(List<string> parts, string separator, List<SearchTerm> excluded)
    {
        var positive = string.Join(separator, parts);
        if (excluded.Count == 0)
            return positive;
        var left = parts.Count > 1 ? $"({positive})" : positive;
        var right = excluded.Count > 1 ? $"({string.Join(" OR ", excluded.Select(Format))})" : Format(excluded[0]);
        return $"{left} NOT {right}";
    }

    /// <summary>An FTS5 string: double quotes around, a double quote inside doubled; a prefix keeps its star outside.</summary>
    private static string Format(SearchTerm term) =>
        $"\"{term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(term.Kind == SearchTermKind.Prefix ? "*" : "")}";

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

public enum SearchTermKind
{
    Word,
    Phrase,
    Prefix,
    Or,
}

public sealed record SearchTerm(string Text, SearchTermKind Kind, bool Excluded);

public enum SearchQueryProblem
{
    None,

    /// <summary>Nothing was typed: the page shows search tips.</summary>
    Empty,

    /// <summary>Only punctuation or operators: no letter or digit to look for.</summary>
    NothingToSearch,

    /// <summary>Only -excluded terms: FTS5 cannot match "everything except".</summary>
    OnlyExclusions,
}
