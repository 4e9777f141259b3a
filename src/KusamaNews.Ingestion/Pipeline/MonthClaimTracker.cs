using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>
/// <see cref="MonthClaims"/> one file at a time, for an ingestion that writes as it reads: which
/// file holds each month in this run. Losers are reported at the end, naming the month's holder.
/// </summary>
internal sealed class MonthClaimTracker
{
    private readonly Dictionary<IssueMonth, (string File, int Line)> holders = [];
    private readonly Dictionary<string, (int Line, IssueMonth Month)> losers = new(StringComparer.Ordinal);

    public (string File, int Line)? HolderOf(IssueMonth month) => holders.TryGetValue(month, out var holder) ? holder : null;

    public void Hold(IssueMonth month, string file, int line) => holders[month] = (file, line);

    public void Lose(string file, int line, IssueMonth month) => losers[file] = (line, month);

    public bool HasLost(string file) => losers.ContainsKey(file);

    public IEnumerable<Diagnostic> Reports() =>
        losers.Select(loser => MonthClaims.Lost(loser.Key, loser.Value.Line, holders[loser.Value.Month].File, loser.Value.Month));
}
