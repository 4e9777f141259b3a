using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>What a file may be named reaches SQLite's json_each as it was.</summary>
public sealed class JsonArrayTests
{
    [Fact]
    public void AnyFileNameComesBackFromJsonEachUnchanged()
    {
        string[] names = ["2024-06.md", "quote\".md", "back\\slash.md", "tab\tand\nnewline.md", "\u0001control.md", "Kusamá – ñews 😀.md", "</script>.md", ""];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var back = connection.Query<string>("SELECT value FROM json_each(@Names) ORDER BY key", new { Names = JsonArray.Of(names) });

        Assert.Equal(names, back);
    }

    [Fact]
    public void NumbersComeBackAsIntegers()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var back = connection.Query<(long, string)>("SELECT value, type FROM json_each(@Keys) ORDER BY key", new { Keys = JsonArray.Of([202406L, 0L, -1L]) });

        Assert.Equal([(202406L, "integer"), (0L, "integer"), (-1L, "integer")], back);
        Assert.Equal("[]", JsonArray.Of(Array.Empty<long>()));
    }

    [Fact]
    public void PairsComeBackAsTwoIntegersEach()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var back = connection.Query<(long, long)>("SELECT value ->> 0, value ->> 1 FROM json_each(@Months) ORDER BY key", new { Months = JsonArray.Of([(2024, 6), (1, 12)]) });

        Assert.Equal([(2024L, 6L), (1L, 12L)], back);
    }
}
