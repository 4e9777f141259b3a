using FsCheck;
using FsCheck.Fluent;
using KusamaNews.Benchmarks.Micro;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Tests.Storage;
using KusamaNews.Ingestion.Tests.Analysis;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

/// <summary>
/// Topics and search must agree on which words are the same word: a word, folded as the tagger reads
/// it, stems to exactly the one term SQLite's FTS5 makes of it with the search index's own tokenizer.
/// </summary>
public sealed class PorterStemmerAgreementTests
{
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
        var theirs = Fts5Tokens.Terms(words, Fts5Tokens.IndexTokenizer());
        var disagreements = words.Select((word, i) => (Word: word, Ours: PorterStemmer.Stem(word), Theirs: string.Join(' ', theirs[i])))
            .Where(w => w.Ours != w.Theirs)
            .Select(w => $"{w.Word}: ours {w.Ours}, FTS5 {w.Theirs}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {words.Count} words stem differently:\n{string.Join('\n', disagreements.Take(50))}");
    }

    /// <summary>Every distinct word the tagger meets: headlines, headings, text and the taxonomy.</summary>
    private static List<string> Vocabulary() =>
        [.. CorpusTexts.All.SelectMany(TextTokens.Of).Select(token => token.Word).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
