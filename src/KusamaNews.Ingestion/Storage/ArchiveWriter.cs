using System.Globalization;
using Dapper;
using KusamaNews.Ingestion.Parsing;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>Every write ingestion makes, inside the one transaction of an ingestion run.</summary>
internal sealed class ArchiveWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    // The statements written once a row, compiled on first use (a run that changes nothing compiles none).
    private PreparedStatement? deleteBySource, deleteByMonth, insertIssue, insertSection;

    private const string SelectStateSql = "SELECT Version, ParserVersion, TaxonomyHash FROM ArchiveState WHERE Id = 1";

    public (long Version, int ParserVersion, string? TaxonomyHash) ReadState() =>
        connection.QuerySingle<(long, int, string?)>(SelectStateSql, transaction: transaction);

    private const string SelectStoredFilesSql = """
        SELECT SourceFile, SourceLength, SourceModifiedTicks, ContentHash, Year, Month, MonthLine
        FROM Issues
        """;

    /// <summary>
    /// Every run reads all of them (12,000 rows for 12,000 issues), a run that changes one file too:
    /// read straight from the data reader, in half the time Dapper's mapping took (19 against 40 ms).
    /// </summary>
    public Dictionary<string, StoredFile> LoadStoredFiles()
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SelectStoredFilesSql;
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var file = new StoredFile
            {
                SourceFile = reader.GetString(0),
                SourceLength = reader.GetInt64(1),
                SourceModifiedTicks = reader.GetInt64(2),
                ContentHash = reader.GetString(3),
                Year = reader.GetInt32(4),
                Month = reader.GetInt32(5),
                MonthLine = reader.GetInt32(6),
            };
            files.Add(file.SourceFile, file);
        }
        return files;
    }

    private const string DeleteBySourceSql = "DELETE FROM Issues WHERE SourceFile = @SourceFile";

    public void Remove(string sourceFile) =>
        connection.Execute(DeleteBySourceSql, new { SourceFile = sourceFile }, transaction);

    private const string DeleteByMonthSql = "DELETE FROM Issues WHERE Year = @Year AND Month = @Month";

    private const string InsertIssueSql = """
        INSERT INTO Issues (Year, Month, Headline, WordCount, FrontMatterTags,
                            SourceFile, SourceLength, SourceModifiedTicks, ContentHash, MonthLine)
        VALUES (@Year, @Month, @Headline, @WordCount, @FrontMatterTags,
                @SourceFile, @SourceLength, @SourceModifiedTicks, @ContentHash, @MonthLine)
        RETURNING Id
        """;

    private const string InsertSectionSql = """
        INSERT INTO Sections (Id, IssueId, Ordinal, Heading, Slug, Markdown, Html, PlainText, WordCount)
        VALUES (@Id, @IssueId, @Ordinal, @Heading, @Slug, @Markdown, @Html, @PlainText, @WordCount)
        """;

    /// <summary>
    /// Stores the file's issue in place of its previous version (when <paramref name="replacesStoredFile"/>)
    /// and of any other file's issue for that month (when <paramref name="monthMayBeStored"/>).
    /// </summary>
    /// <returns>The stored issue's id and its sections' ids, in section order.</returns>
    public (long IssueId, long[] SectionIds) Replace(SourceFacts source, ParsedIssue issue, bool replacesStoredFile, bool monthMayBeStored)
    {
        if (replacesStoredFile)
        {
            deleteBySource ??= new(connection, DeleteBySourceSql, "@SourceFile");
            deleteBySource.Execute(source.Name);
        }
        if (monthMayBeStored)
        {
            deleteByMonth ??= new(connection, DeleteByMonthSql, "@Year", "@Month");
            deleteByMonth.Execute(issue.Month.Year, issue.Month.Month);
        }

        insertIssue ??= new(connection, InsertIssueSql,
            "@Year", "@Month", "@Headline", "@WordCount", "@FrontMatterTags", "@SourceFile", "@SourceLength", "@SourceModifiedTicks", "@ContentHash", "@MonthLine");
        var issueId = insertIssue.ExecuteScalar(
            issue.Month.Year, issue.Month.Month, issue.Headline, issue.WordCount, string.Join(' ', issue.Tags),
            source.Name, source.Length, source.ModifiedTicks, source.Hash, issue.MonthLine);

        insertSection ??= new(connection, InsertSectionSql,
            "@Id", "@IssueId", "@Ordinal", "@Heading", "@Slug", "@Markdown", "@Html", "@PlainText", "@WordCount");
        var sectionIds = new long[issue.Sections.Count];
        for (var i = 0; i < sectionIds.Length; i++)
        {
            var section = issue.Sections[i];
            sectionIds[i] = SectionId.Of(issue.Month, section.Ordinal);
            insertSection.Execute(
                sectionIds[i], issueId, section.Ordinal, section.Heading, section.Slug, section.Markdown, section.Html, section.PlainText, section.WordCount);
        }
        return (issueId, sectionIds);
    }

    private const string UpdateFactsSql = """
        UPDATE Issues SET SourceLength = @Length, SourceModifiedTicks = @ModifiedTicks
        WHERE SourceFile = @Name
        """;

    /// <summary>Remembers new size and time for a file whose bytes did not change (touched, or checked out again).</summary>
    public void UpdateFacts(SourceFacts source) =>
        connection.Execute(UpdateFactsSql, source, transaction);

    private const string UpdateStateSql = """
        UPDATE ArchiveState
        SET Version = @Version, ParserVersion = @ParserVersion, TaxonomyHash = @TaxonomyHash, LastIngestedUtc = @LastIngestedUtc
        WHERE Id = 1
        """;

    public void WriteState(long version, string taxonomyHash, DateTimeOffset ingestedAt) =>
        connection.Execute(UpdateStateSql, new
        {
            Version = version,
            ParserVersion = IssueParser.Version,
            TaxonomyHash = taxonomyHash,
            LastIngestedUtc = ingestedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        }, transaction);

    private const string MergeSearchIndexSql = "INSERT INTO SearchIndex (SearchIndex) VALUES ('optimize')";

    /// <summary>
    /// Merges the search index into one segment, after a run that indexed many sections. FTS5 writes
    /// a segment per 16 MB of new terms (migration 0009) and merges four alike into one; a large run
    /// that stopped short would leave that merge, tens of megabytes, to whichever small ingestion
    /// came next (700 ms instead of 300). Merged now, it costs a third of a second once.
    /// </summary>
    public void MergeSearchIndex() => connection.Execute(MergeSearchIndexSql, transaction: transaction);

    public void Dispose()
    {
        deleteBySource?.Dispose();
        deleteByMonth?.Dispose();
        insertIssue?.Dispose();
        insertSection?.Dispose();
    }
}
