using System.Text.RegularExpressions;
using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Analysis;

/// <summary>
/// What SQLite's FTS5 makes of texts: each text a row of a table with the search index's own
/// tokenizer (read from the schema), its terms in order from an fts5vocab table of type 'instance'.
/// </summary>
internal static partial class Fts5Tokens
{
    /// <summary>The search index's tokenizer, as Storage/Schema.sql declares it.</summary>
    public static string IndexTokenizer()
    {
        using var connection = InMemory();
        Schema.Create(connection);
        var indexSql = connection.QuerySingle<string>("SELECT sql FROM sqlite_master WHERE name = 'SearchIndex'");
        return TokenizeOption().Match(indexSql) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"no tokenize option in {indexSql}");
    }

    /// <summary>The index's tokenizer without the Porter stemmer over it: the words before they are stemmed.</summary>
    public static string IndexTokenizerWithoutStemming()
    {
        var tokenizer = IndexTokenizer();
        return tokenizer.StartsWith("porter ", StringComparison.Ordinal)
            ? tokenizer["porter ".Length..]
            : throw new InvalidOperationException($"the search index's tokenizer is not Porter's over another: {tokenizer}");
    }

    /// <summary>The terms FTS5 makes of each text with <paramref name="tokenizer"/>, in order.</summary>
    public static List<string>[] Terms(IReadOnlyList<string> texts, string tokenizer)
    {
        using var connection = InMemory();
        connection.Execute($"CREATE VIRTUAL TABLE Texts USING fts5(Text, tokenize = '{tokenizer}')");
        connection.Execute("CREATE VIRTUAL TABLE TextTerms USING fts5vocab(Texts, instance)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO Texts(rowid, Text) VALUES (@Row, @Text)", texts.Select((text, i) => new { Row = i, Text = text }), transaction);
            transaction.Commit();
        }

        var terms = texts.Select(_ => new List<string>()).ToArray();
        foreach (var (doc, offset, term) in connection.Query<(long Doc, long Offset, string Term)>("SELECT doc, offset, term FROM TextTerms ORDER BY doc, offset", buffered: false))
        {
            if (offset != terms[doc].Count)
                throw new InvalidOperationException($"text {doc}: term {term} at offset {offset}, after {terms[doc].Count} terms");
            terms[doc].Add(term);
        }
        return terms;
    }

    private static SqliteConnection InMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    [GeneratedRegex(@"tokenize\s*=\s*'([^']*)'")]
    private static partial Regex TokenizeOption();
}
