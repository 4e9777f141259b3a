using Dapper;
using KusamaNews.Ingestion;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Pages.Issues;

namespace KusamaNews.Web.Pages.Sections;

public sealed class SectionQueries(ArchiveDatabase database)
{
    // The issue's headline, then every section's heading (for the links to the others and the
    // previous/next section) with the HTML of the requested one only: two statements.
    private const string SelectSectionSql = """
        SELECT Year, Month, Headline FROM Issues WHERE Year = @Year AND Month = @Month;

        SELECT s.Ordinal, s.Heading, s.Slug, s.WordCount, CASE WHEN s.Slug = @Slug THEN s.Html END AS Html
        FROM Sections s
        JOIN Issues i ON i.Id = s.IssueId
        WHERE i.Year = @Year AND i.Month = @Month
        ORDER BY s.Ordinal;
        """;

    public async Task<SectionPage?> GetSectionAsync(IssueMonth month, string slug, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            SelectSectionSql, new { month.Year, month.Month, Slug = slug }, cancellationToken: cancellationToken));
        var issue = await results.ReadSingleOrDefaultAsync<IssueLink>();
        var sections = (await results.ReadAsync<SectionView>()).AsList();
        var index = sections.FindIndex(section => section.Slug == slug);
        if (issue is null || index < 0)
            return null;
        return new SectionPage(issue, sections, index);
    }
}

/// <summary>One section with its issue, and the issue's other sections around it.</summary>
public sealed record SectionPage(IssueLink Issue, IReadOnlyList<SectionView> Sections, int Index)
{
    public SectionView Current => Sections[Index];
    public SectionView? Previous => Index > 0 ? Sections[Index - 1] : null;
    public SectionView? Next => Index + 1 < Sections.Count ? Sections[Index + 1] : null;
    public string Path => IssueRoute.PathOf(Issue.IssueMonth, Current.Slug);
}
