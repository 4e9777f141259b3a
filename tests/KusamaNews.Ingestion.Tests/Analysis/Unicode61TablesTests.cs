using KusamaNews.Ingestion.Analysis;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Analysis;

/// <summary>
/// Our tables of characters are SQLite's: every code point, asked of the FTS5 tokenizer the search
/// index uses, is the token character, diacritic or separator the tables say, and folds as they say.
/// When SQLite changes, this test writes the tables it would have expected, to copy over ours.
/// </summary>
public sealed class Unicode61TablesTests
{
    [Fact]
    public void EveryCodePointIsWhatSqlitesTokenizerMakesOfIt()
    {
        var probe = Unicode61Probe.Run(Fts5Tokens.IndexTokenizerWithoutStemming());
        var sqlite = SqliteVersion();

        if ((probe.TokenCharacters, probe.Diacritics, probe.Folds) == (Unicode61Tables.TokenCharacters, Unicode61Tables.Diacritics, Unicode61Tables.Folds))
            return;
        var written = Path.Combine(Path.GetTempPath(), "Unicode61Tables.cs");
        File.WriteAllText(written, TablesFile(probe, sqlite));
        Assert.Fail($"SQLite {sqlite}'s tokenizer differs from Unicode61Tables (made with {Unicode61Tables.Sqlite}): its tables are in {written}; "
            + "copy them to src/KusamaNews.Ingestion/Analysis/ if the change is SQLite's");
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private static string TablesFile(Unicode61Probe probe, string sqlite) => $$""""
        namespace KusamaNews.Ingestion.Analysis;

        // Written by Unicode61TablesTests from what SQLite's own unicode61 tokenizer does with each code point: do not edit.
        /// <summary>
        /// FTS5's unicode61 tokenizer with remove_diacritics 2, code point by code point, as SQLite {{sqlite}} has it
        /// (read by <see cref="Unicode61"/>). Code points in hex; a range is "first-last".
        /// </summary>
        internal static class Unicode61Tables
        {
            public const string Sqlite = "{{sqlite}}";

            /// <summary>The characters tokens are made of; every other code point separates tokens.</summary>
            public const string TokenCharacters = """
        {{Indent(probe.TokenCharacters)}}
                """;

            /// <summary>Diacritics: inside a token they belong to it and fold to nothing; they cannot start one.</summary>
            public const string Diacritics = """
        {{Indent(probe.Diacritics)}}
                """;

            /// <summary>
            /// How token characters fold (the rest fold to themselves): "first-last:+D", each by D; "first-last/2:+D",
            /// every second one from the first; "first-last=T", each to T.
            /// </summary>
            public const string Folds = """
        {{Indent(probe.Folds)}}
                """;
        }

        """";

    private static string Indent(string table) => string.Join('\n', table.Split('\n').Select(line => "        " + line));
}
