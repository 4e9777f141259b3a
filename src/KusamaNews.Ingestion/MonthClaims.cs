using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion;

/// <summary>
/// Settles months claimed by more than one file, the same way whatever order the folder lists
/// them in: the file named after the month (2024-06.md) keeps it, otherwise the first by ordinal
/// name; every other claimant is reported, naming both files, and skipped.
/// </summary>
internal static class MonthClaims
{
    /// <returns>The names of the files that lost their claim.</returns>
    public static HashSet<string> Resolve(IEnumerable<ScannedFile> files, List<Diagnostic> diagnostics)
    {
        var losers = new HashSet<string>(StringComparer.Ordinal);
        var claims = files
            .Where(file => file.Month is not null)
            .GroupBy(file => file.Month!.Value)
            .Where(group => group.Skip(1).Any());
        foreach (var claim in claims)
        {
            var month = claim.Key;
            var ordered = claim.OrderBy(file => file.Name, StringComparer.Ordinal).ToList();
            var named = ordered.Find(file => file.Name.Equals(month.FileName, StringComparison.OrdinalIgnoreCase));
            var winner = named ?? ordered[0];
            var reason = named is null ? "it comes first by name" : "it is named after the month";
            foreach (var loser in ordered.Where(file => file != winner))
            {
                losers.Add(loser.Name);
                diagnostics.Add(new Diagnostic(loser.Name, loser.MonthLine, DiagnosticSeverity.Error,
                    $"{loser.Name} and {winner.Name} both claim {month.DisplayName}; {winner.Name} keeps it ({reason}) and {loser.Name} was skipped"));
            }
        }
        return losers;
    }
}
