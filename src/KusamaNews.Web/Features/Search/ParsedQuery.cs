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
/// The text is made by <see cref="QueryText"/>, split into terms by <see cref="QueryTerms"/> and
/// written as FTS5's expression by <see cref="MatchExpression"/>.
/// </remarks>
public sealed record ParsedQuery
{
    public const int MaxLength = 256;

    /// <summary>A prefix needs this many letters or digits before the *, or it would expand to much of the vocabulary.</summary>
    public const int MinPrefixLength = 2;

    private ParsedQuery(string text, IReadOnlyList<SearchTerm> terms, string? match, string? anyMatch, ParsedQueryProblem problem)
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

    public ParsedQueryProblem Problem { get; }

    /// <summary>The plain words to search for (not phrases, prefixes or exclusions): what suggestions can correct.</summary>
    public IReadOnlyList<string> Words =>
        [.. Terms.Where(t => t is { Kind: SearchTermKind.Word, Excluded: false }).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static ParsedQuery Parse(string? input)
    {
        var text = QueryText.Normalise(input);
        if (text.Length == 0)
            return new ParsedQuery(text, [], null, null, ParsedQueryProblem.Empty);

        var terms = QueryTerms.Of(text);
        var (clauses, excluded) = MatchExpression.Group(terms);
        if (clauses.Count == 0)
        {
            var problem = excluded.Count > 0 ? ParsedQueryProblem.OnlyExclusions : ParsedQueryProblem.NothingToSearch;
            return new ParsedQuery(text, terms, null, null, problem);
        }

        return new ParsedQuery(text, terms, MatchExpression.AllOf(clauses, excluded), MatchExpression.AnyOf(clauses, excluded), ParsedQueryProblem.None);
    }

    /// <summary>The same query with one word replaced (a suggestion), as text a reader could have typed.</summary>
    public string Replace(string word, string replacement) =>
        string.Join(' ', Text.Split(' ').Select(part => string.Equals(part, word, StringComparison.OrdinalIgnoreCase) ? replacement : part));
}
