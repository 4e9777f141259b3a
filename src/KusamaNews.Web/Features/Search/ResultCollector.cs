// Hot path: docs/PERFORMANCE.md, "Query latency": every match goes through it once, in rowid order, so totals and grouping cost no second pass; benchmark (search-latency) before you change this.
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// Takes every matching section once, in rowid order (so an issue's sections arrive together), and
/// keeps what a page of results needs: the totals, and the best issues with up to
/// <see cref="SectionsPerIssue"/> of their best sections each. Memory is bounded by the page asked
/// for, not by the number of matches.
/// </summary>
public sealed class ResultCollector
{
    public const int SectionsPerIssue = 3;

    private readonly SearchSort sort;
    private readonly int issuesWanted;
    // Relevance: the worst kept issue on top, to be pushed out. Newest: the last issuesWanted seen.
    private static readonly Comparison<CollectedSection> BestSectionFirst = CompareSections;
    private readonly PriorityQueue<CollectedIssue, CollectedIssue> best = new(Comparer<CollectedIssue>.Create(CompareRelevance));
    private readonly Queue<CollectedIssue> inOrder = new();
    private readonly List<CollectedSection> current = [];
    private long currentIssue = -1;
    private long lastDocId = -1;
    private double currentBest;
    private int currentCount;

    /// <param name="issuesWanted">The issues up to the end of the page shown: page × issues per page.</param>
    public ResultCollector(SearchSort sort, int issuesWanted)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(issuesWanted);
        this.sort = sort;
        this.issuesWanted = issuesWanted;
    }

    public int Sections { get; private set; }

    public int Issues { get; private set; }

    /// <param name="docId">The section's rowid; each call's must be greater than the last.</param>
    /// <param name="score">Higher is better (bm25 negated).</param>
    public void Add(long docId, double score)
    {
        if (docId <= lastDocId)
            throw new InvalidOperationException($"Sections must arrive in rowid order: {docId} after {lastDocId}.");
        lastDocId = docId;
        Sections++;

        var issue = SectionId.IssueKey(docId);
        if (issue != currentIssue)
        {
            FinishIssue();
            currentIssue = issue;
            Issues++;
        }
        currentCount++;
        if (current.Count == 0 || score > currentBest)
            currentBest = score;
        current.Add(new CollectedSection(docId, score));
        if (current.Count > SectionsPerIssue)
        {
            current.Sort(BestSectionFirst);
            current.RemoveAt(current.Count - 1);
        }
    }

    /// <summary>The issues in the order shown, from the first of all to the end of the page asked for.</summary>
    public IReadOnlyList<CollectedIssue> Complete()
    {
        FinishIssue();
        if (sort == SearchSort.Relevance)
        {
            var list = new List<CollectedIssue>(best.Count);
            while (best.TryDequeue(out var issue, out _))
                list.Add(issue);
            list.Reverse();
            return list;
        }
        return sort == SearchSort.Newest ? [.. inOrder.Reverse()] : [.. inOrder];
    }

    private void FinishIssue()
    {
        if (currentIssue < 0 || current.Count == 0)
            return;
        var full = sort == SearchSort.Relevance ? best.Count == issuesWanted && !Beats(best.Peek())
            : sort == SearchSort.Oldest && inOrder.Count == issuesWanted;
        if (full)
        {
            // Most issues of a frequent word end here, without allocating anything.
            current.Clear();
            currentCount = 0;
            return;
        }
        current.Sort(BestSectionFirst);
        var issue = new CollectedIssue(currentIssue, currentBest, currentCount, [.. current]);
        current.Clear();
        currentCount = 0;

        switch (sort)
        {
            case SearchSort.Relevance:
                if (best.Count < issuesWanted)
                    best.Enqueue(issue, issue);
                else
                    best.EnqueueDequeue(issue, issue);
                break;
            case SearchSort.Newest:
                inOrder.Enqueue(issue);
                if (inOrder.Count > issuesWanted)
                    inOrder.Dequeue();
                break;
            default:
                inOrder.Enqueue(issue);
                break;
        }
    }

    private bool Beats(CollectedIssue worstKept) =>
        currentBest > worstKept.BestScore || (currentBest == worstKept.BestScore && currentIssue > worstKept.IssueKey);

    /// <summary>Better issues compare greater: a higher best score, then (ties) the newer issue.</summary>
    private static int CompareRelevance(CollectedIssue? a, CollectedIssue? b)
    {
        var byScore = a!.BestScore.CompareTo(b!.BestScore);
        return byScore != 0 ? byScore : a.IssueKey.CompareTo(b.IssueKey);
    }

    /// <summary>Within an issue: the best score first, then the earlier section.</summary>
    private static int CompareSections(CollectedSection a, CollectedSection b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.DocId.CompareTo(b.DocId);
    }
}

public sealed record CollectedIssue(long IssueKey, double BestScore, int MatchingSections, IReadOnlyList<CollectedSection> Sections);

public readonly record struct CollectedSection(long DocId, double Score);

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
