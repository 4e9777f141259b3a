using System.Text.RegularExpressions;
using Dapper;
using FsCheck;
using FsCheck.Fluent;
using KusamaNews.Benchmarks.Micro;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Tests.Storage;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

/// <summary>
/// Topics and search must agree on which words are the same word: a word, folded as the tagger reads
/// it, stems to exactly the one term SQLite's FTS5 makes of it with the search index's own tokenizer.
/// </summary>
public sealed partial class PorterStemmerAgreementTests
{
    private const int GeneratedIssues = 200;

    // Words the corpus lacks, at the edges of FTS5's rules: digits, bytes beyond ASCII, whole-word
    // suffixes, a doubled y, the length limits.
    private static readonly string[] EdgeWords =
    [
        "1990s", "v3s", "ksm2s", "xcm3ing", "2020", "straße", "haßing", "ßs", "中文s", "жизнь", "ies", "sses", "eed", "ating",
        "izing", "flyyed", "hyyed", "ab", "abs", new string('b', 60) + "ings", new string('b', 61) + "ings",
    ];

    [Fact]
    public void StemsEveryWordOfTheCorpusAsTheSearchIndexsTokenizerDoes()
    {
        var words = Vocabulary();
        Assert.True(words.Count > 1000, $"only {words.Count} distinct words: the corpus did not generate");

        AssertAgree(words);
    }

    [Fact]
    public void StemsEdgeAndRandomWordsAsTheSearchIndexsTokenizerDoes()
    {
        // Stems of letters, y, digits and a few letters beyond ASCII, with the suffixes the rules strip.
        var letters = Gen.Frequency((6, Gen.Elements("bcdfghlmnprstvwxz".ToCharArray())), (4, Gen.Elements("aeiou".ToCharArray())), (1, Gen.Constant('y')),
            (1, Gen.Elements("0123456789".ToCharArray())), (1, Gen.Elements("ßж中".ToCharArray())));
        var suffixes = Gen.Elements("", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "izer", "ization", "ator", "iveness",
            "ousness", "aliti", "biliti", "logi", "icate", "ative", "alize", "ical", "ful", "ness", "ance", "ement", "ment", "ion", "ism", "ate",
            "ous", "ive", "ize", "e", "ll", "able");
        var words = Gen.Choose(0, 8).SelectMany(length => Gen.ArrayOf(letters, length))
            .SelectMany(stem => suffixes.Select(suffix => new string(stem) + suffix))
            .Where(word => word.Length > 0)
            .Sample(4000, 20_000);

        AssertAgree([.. EdgeWords.Concat(words).Distinct(StringComparer.Ordinal)]);
    }

    private static void AssertAgree(List<string> words)
    {
        var theirs = Fts5Terms(words);
        var disagreements = words.Select((word, i) => (Word: word, Ours: PorterStemmer.Stem(word), Theirs: string.Join(' ', theirs[i])))
            .Where(w => w.Ours != w.Theirs)
            .Select(w => $"{w.Word}: ours {w.Ours}, FTS5 {w.Theirs}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {words.Count} words stem differently:\n{string.Join('\n', disagreements.Take(50))}");
    }

    /// <summary>Every distinct word the tagger meets: headlines, headings, text and the taxonomy.</summary>
    private static List<string> Vocabulary()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var texts = new List<string> { File.ReadAllText(Path.Combine(seeds, "topics.yml")) };
        var folder = Directory.CreateTempSubdirectory("kusamanews-vocabulary-").FullName;
        try
        {
            GeneratedCorpus.Write(folder, GeneratedIssues);
            var reader = new IssueFileReader();
            foreach (var file in Directory.GetFiles(folder, "*.md").Concat(Directory.GetFiles(seeds, "*.md")))
            {
                var issue = reader.Read(Path.GetFileName(file), File.ReadAllBytes(file)).Issue
                    ?? throw new InvalidOperationException($"{file} did not parse");
                texts.Add(issue.Headline);
                texts.AddRange(issue.Sections.SelectMany(section => new[] { section.Heading, section.PlainText }));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return [.. texts.SelectMany(TextTokens.Of).Select(token => token.Word).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The terms FTS5 makes of each word, each word a row of its own, with the tokenizer the search index is made with.</summary>
    private static List<string>[] Fts5Terms(List<string> words)
    {
        using var archive = new TempArchive();
        archive.Database.EnsureCreated();
        using var connection = archive.Database.OpenWriter();
        var indexSql = connection.QuerySingle<string>("SELECT sql FROM sqlite_master WHERE name = 'SearchIndex'");
        var tokenizer = Tokenizer().Match(indexSql) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"no tokenize option in {indexSql}");

        connection.Execute($"CREATE VIRTUAL TABLE temp.Words USING fts5(Word, tokenize = '{tokenizer}')");
        connection.Execute("CREATE VIRTUAL TABLE temp.WordTerms USING fts5vocab(temp, Words, instance)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO temp.Words(rowid, Word) VALUES (@Row, @Word)", words.Select((word, i) => new { Row = i, Word = word }), transaction);
            transaction.Commit();
        }

        var terms = words.Select(_ => new List<string>()).ToArray();
        foreach (var (doc, term) in connection.Query<(long Doc, string Term)>("SELECT doc, term FROM temp.WordTerms ORDER BY doc, offset"))
            terms[doc].Add(term);
        return terms;
    }

    [GeneratedRegex(@"tokenize\s*=\s*'([^']*)'")]
    private static partial Regex Tokenizer();
}
