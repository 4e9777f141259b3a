using System.Globalization;
using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.HotPaths;
using KusamaNews.Ingestion.Parsing;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// Every write ingestion makes, inside the one transaction of an ingestion run. It keeps SearchIndex
/// in step with Sections itself as it stores and removes sections (<see cref="SearchIndexWriter"/>),
/// so FTS5 indexes while the next issues are parsed. Triggers could not: a statement that fires
/// one opens a savepoint, where FTS5 writes out what it has gathered, a segment per section
/// (Schema.sql). For the same reason issues are inserted without RETURNING (a trigger in SQLite
/// 3.35), and removed a window of files at a time, as a delete that cascades opens a savepoint too.
/// </summary>
internal sealed class ArchiveWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    // The statements written once a row, compiled on first use (a run that changes nothing compiles none).
    private PreparedStatement? insertIssue, insertSection;
    private readonly SearchIndexWriter searchIndex = new(connection);

    private const string SelectStateSql = "SELECT Version, ParserVersion, TaxonomyHash FROM ArchiveState WHERE Id = 1";

    public (long Version, int ParserVersion, string? TaxonomyHash) ReadState() =>
        connection.QuerySingle<(long, int, string?)>(SelectStateSql, transaction: transaction);

    private const string SelectStoredFilesSql = """
        SELECT SourceFile, SourceLength, SourceModifiedTicks, ContentHash, Year, Month, MonthLine
        FROM Issues
        """;

    /// <summary>
    /// Every run reads all of them (12,000 rows for 12,000 issues), a run that changes one file in
    /// the watching site too, where it was a quarter of the run: read through SQLite's C API, in
    /// half the time the data reader took (12 against 25 ms), which took half of Dapper's.
    /// </summary>
    public Dictionary<string, StoredFile> LoadStoredFiles()
    {
        using var rows = new PreparedStatement(connection, SelectStoredFilesSql);
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        while (rows.NextRow())
        {
            var file = new StoredFile
            {
                SourceFile = rows.Text(0),
                SourceLength = rows.Int64(1),
                SourceModifiedTicks = rows.Int64(2),
                ContentHash = rows.Text(3),
                Year = (int)rows.Int64(4),
                Month = (int)rows.Int64(5),
                MonthLine = (int)rows.Int64(6),
            };
            files.Add(file.SourceFile, file);
        }
        return files;
    }

    // The issues of the files (a JSON array of names) and of the months (an array of [year, month]).
    private const string IssuesToRemove = """
        SELECT Id FROM Issues WHERE SourceFile IN (SELECT value FROM json_each(@Files))
        UNION
        SELECT i.Id FROM json_each(@Months) m JOIN Issues i ON i.Year = m.value ->> 0 AND i.Month = m.value ->> 1
        """;

    private const string SelectSectionsToRemoveSql = """
        SELECT s.Id, s.Heading, s.PlainText, i.Headline
        FROM Issues i JOIN Sections s ON s.IssueId = i.Id
        WHERE i.Id IN (
        """ + IssuesToRemove + ")";

    // Their tags by the issues' months (one issue a month), each topic's entries of a month being
    // together in SectionTopics (Schema.sql); then the issues, whose sections the foreign key
    // removes with them.
    private const string DeleteIssuesSql = """
        DELETE FROM SectionTopics
        WHERE TopicSlug IN (SELECT Slug FROM Topics)
          AND MonthKey IN (SELECT i.MonthKey FROM Issues i WHERE i.Id IN (
        """ + IssuesToRemove + """
        ));
        DELETE FROM Issues WHERE Id IN (
        """ + IssuesToRemove + ")";

    /// <summary>
    /// Removes the issues of these files and of these months, with their sections (the foreign key
    /// cascades) and their tags; their sections' rows in SearchIndex go before the next rows added
    /// after them, or at <see cref="EndWindow"/>. By file, not by the month a file's issue had when
    /// the run began: another file may have taken that month since. Plain commands and a JSON
    /// writer: Dapper's and the JSON serializer's first use cost a run that changes one file
    /// 25 ms of its 310.
    /// </summary>
    public void RemoveIssues(IReadOnlyCollection<string> sourceFiles, IReadOnlyCollection<IssueMonth> months)
    {
        if (sourceFiles.Count == 0 && months.Count == 0)
            return;
        var files = JsonArray.Of(sourceFiles);
        var keys = JsonArray.Of(months.Select(month => (month.Year, month.Month)));

        using var select = Command(files, keys);
        select.CommandText = SelectSectionsToRemoveSql;
        using (var reader = select.ExecuteReader())
        {
            var rows = new List<SearchIndexWriter.Row>();
            while (reader.Read())
                rows.Add(new SearchIndexWriter.Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            searchIndex.Remove(rows);
        }
        using var delete = Command(files, keys);
        delete.CommandText = DeleteIssuesSql;
        delete.ExecuteNonQuery();
    }

    private SqliteCommand Command(string files, string months)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("@Files", files);
        command.Parameters.AddWithValue("@Months", months);
        return command;
    }

    /// <summary>Ends a window of files: the index rows still to remove go now.</summary>
    public void EndWindow() => searchIndex.Flush();

    private const string InsertIssueSql = """
        INSERT INTO Issues (Year, Month, Headline, WordCount, FrontMatterTags,
                            SourceFile, SourceLength, SourceModifiedTicks, ContentHash, MonthLine)
        VALUES (@Year, @Month, @Headline, @WordCount, @FrontMatterTags,
                @SourceFile, @SourceLength, @SourceModifiedTicks, @ContentHash, @MonthLine)
        """;

    private const string InsertSectionSql = """
        INSERT INTO Sections (Id, IssueId, Ordinal, Heading, Slug, Markdown, Html, PlainText, WordCount)
        VALUES (@Id, @IssueId, @Ordinal, @Heading, @Slug, @Markdown, @Html, @PlainText, @WordCount)
        """;

    /// <summary>Stores the file's issue and indexes its sections; whatever held its file or month before is removed already.</summary>
    /// <returns>The stored issue's id and its sections' ids, in section order.</returns>
    public (long IssueId, long[] SectionIds) Insert(SourceFacts source, ParsedIssue issue)
    {
        insertIssue ??= new(connection, InsertIssueSql,
            "@Year", "@Month", "@Headline", "@WordCount", "@FrontMatterTags", "@SourceFile", "@SourceLength", "@SourceModifiedTicks", "@ContentHash", "@MonthLine");
        var issueId = insertIssue.ExecuteInsert(
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
            searchIndex.Add(sectionIds[i], section.Heading, section.PlainText, issue.Headline);
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
    /// a segment per 64 MB of new terms (Schema.sql) and merges four alike into one; a large run
    /// that stopped short would leave that merge, tens of megabytes, to whichever small ingestion
    /// came next (700 ms instead of 300). Merged now, it costs a third of a second once; nothing when,
    /// as in a full build of 12,000 issues, the run's terms fit in one segment.
    /// </summary>
    public void MergeSearchIndex() => connection.Execute(MergeSearchIndexSql, transaction: transaction);

    public void Dispose()
    {
        searchIndex.Dispose();
        insertIssue?.Dispose();
        insertSection?.Dispose();
    }
}
