using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>
/// Settles months claimed by more than one file, the same way whatever order the folder lists
/// them in: the file named after the month (2024-06.md) keeps it, otherwise the first by ordinal
/// name; every other claimant is reported, naming both files, and skipped.
/// </summary>
internal static class MonthClaims
{
    public static bool IsNamedAfter(string file, IssueMonth month) =>
        file.Equals(month.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule as a comparison: whether <paramref name="candidate"/> keeps the month against <paramref name="holder"/>.</summary>
    public static bool Prefers(string candidate, string holder, IssueMonth month)
    {
        var candidateNamed = IsNamedAfter(candidate, month);
        return candidateNamed != IsNamedAfter(holder, month)
            ? candidateNamed
            : string.CompareOrdinal(candidate, holder) < 0;
    }

    public static Diagnostic Lost(string loser, int line, string winner, IssueMonth month) =>
        new(loser, line, DiagnosticSeverity.Error,
            $"{loser} and {winner} both claim {month.DisplayName}; {winner} keeps it " +
            $"({(IsNamedAfter(winner, month) ? "it is named after the month" : "it comes first by name")}) and {loser} was skipped");

    /// <summary>All at once, for a folder scanned whole (ingest --check).</summary>
    /// <returns>The names of the files that lost their claim.</returns>
    public static HashSet<string> Resolve(IEnumerable<ScannedFile> files, List<Diagnostic> diagnostics)
    {
        var losers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in files.Where(file => file.Month is not null).GroupBy(file => file.Month!.Value).Where(group => group.Skip(1).Any()))
        {
            var month = claim.Key;
            var winner = claim.Aggregate((best, next) => Prefers(next.Name, best.Name, month) ? next : best);
            foreach (var loser in claim.Where(file => file != winner).OrderBy(file => file.Name, StringComparer.Ordinal))
            {
                losers.Add(loser.Name);
                diagnostics.Add(Lost(loser.Name, loser.MonthLine, winner.Name, month));
            }
        }
        return losers;
    }
}
