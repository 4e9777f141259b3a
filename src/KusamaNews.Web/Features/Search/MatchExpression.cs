namespace KusamaNews.Web.Features.Search;

/// <summary>Terms into FTS5's MATCH expression: every term a quoted string, so nothing the reader typed is FTS5 syntax.</summary>
internal static class MatchExpression
{
    /// <summary>
    /// Positive terms become clauses that must all match; OR between two positive terms joins them
    /// into one clause. An OR anywhere else is the word "or".
    /// </summary>
    public static (List<List<SearchTerm>> Clauses, List<SearchTerm> Excluded) Group(List<SearchTerm> terms)
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

    /// <summary>Every clause must match, none of the excluded terms.</summary>
    public static string AllOf(List<List<SearchTerm>> clauses, List<SearchTerm> excluded) =>
        Expression([.. clauses.Select(Alternatives)], " AND ", excluded);

    /// <summary>Any of the positive terms, none of the excluded ones; null with a single clause, which is the same as <see cref="AllOf"/>.</summary>
    public static string? AnyOf(List<List<SearchTerm>> clauses, List<SearchTerm> excluded) =>
        clauses.Count > 1 ? Expression([.. clauses.SelectMany(c => c).Select(Format)], " OR ", excluded) : null;

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
}
