using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Tests.Storage;

namespace KusamaNews.Ingestion.Tests.Domain;

/// <summary>
/// The one number a month is stored as, its month key (202406): the same in C# and in the schema's
/// Issues.MonthKey, in month order, what section ids are made of; and the months between two months.
/// </summary>
public sealed class MonthKeysTests : IDisposable
{
    private static readonly IssueMonth[] Months = [new(1, 1), new(2019, 11), new(2019, 12), new(2020, 1), new(2024, 6), new(9999, 12)];

    private readonly TempArchive archive = new();

    [Fact]
    public void EachKeyReadsBackAsItsMonthAndReadsAsItsDate()
    {
        Assert.All(Months, month => Assert.Equal(month, IssueMonth.FromMonthKey(month.MonthKey)));
        Assert.Equal(202406, new IssueMonth(2024, 6).MonthKey);
        Assert.Equal(new IssueMonth(2024, 6), SectionId.Month(SectionId.Of(new IssueMonth(2024, 6), 3)));
    }

    [Fact]
    public void KeysAndSectionIdsKeepMonthOrder()
    {
        Assert.Equal(Months.Select(month => month.MonthKey).Order(), Months.Select(month => month.MonthKey));
        Assert.True(SectionId.Of(new IssueMonth(2019, 12), 999) < SectionId.Of(new IssueMonth(2020, 1), 1));
    }

    [Fact]
    public void MonthsAfterCountsAcrossYears()
    {
        Assert.Equal(1, new IssueMonth(2020, 1).MonthsAfter(new IssueMonth(2019, 12)));
        Assert.Equal(-1, new IssueMonth(2019, 12).MonthsAfter(new IssueMonth(2020, 1)));
        Assert.Equal(55, new IssueMonth(2024, 6).MonthsAfter(new IssueMonth(2019, 11)));
        Assert.Equal(0, new IssueMonth(2024, 6).MonthsAfter(new IssueMonth(2024, 6)));
    }

    [Fact]
    public void TheSchemasMonthKeyIsIssueMonthsMonthKey()
    {
        archive.Database.EnsureCreated();
        using (var connection = archive.Database.OpenWriter())
        {
            for (var i = 0; i < Months.Length; i++)
            {
                connection.Execute("""
                    INSERT INTO Issues (Year, Month, Headline, WordCount, FrontMatterTags, SourceFile, SourceLength, SourceModifiedTicks, ContentHash, MonthLine)
                    VALUES (@Year, @Month, 'H', 1, '', @File, 1, 1, 'a', 1)
                    """, new { Months[i].Year, Months[i].Month, File = $"{i}.md" });
            }
        }

        var stored = archive.Query<(int Year, int Month, int MonthKey)>("SELECT Year, Month, MonthKey FROM Issues ORDER BY Year, Month");

        Assert.Equal(Months.Select(month => (month.Year, month.Month, month.MonthKey)), stored);
    }

    public void Dispose() => archive.Dispose();
}
