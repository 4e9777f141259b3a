using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KusamaNews.Ingestion.Analysis;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Analysis;

/// <summary>
/// One definition of a word: our tokenizer splits and folds every text exactly as the search index's
/// tokenizer does (FTS5's unicode61 remove_diacritics 2, without Porter), asked of SQLite itself, and
/// the tagger reads the same words.
/// </summary>
public sealed class TokenizerAgreementTests
{
    [Fact]
    public void SplitsAndFoldsTheWholeCorpusAsTheSearchIndexDoes()
    {
        Assert.True(CorpusTexts.All.Count > 1000, $"only {CorpusTexts.All.Count} texts: the corpus did not generate");

        AssertAgree(CorpusTexts.All);
    }

    // Text the corpus lacks. No NUL: SQLite ends a text there (ingestion removes control characters).
    private static readonly string[] EdgeTexts =
    [
        "Café, naïve, Ærøskøbing, Øresund, Straße, ŁÓDŹ, İstanbul, ǅemal, Ǆ, ĳssel, Ωmega, ΆΈΉ άέή, ПРИВЕТ, Ёлка",
        "ﬁnance ﬂow Œuvre ǆ ŉ ẞ ß ſtate Ｆｕｌｌｗｉｄｔｈ ＡＢＣ１２３ ｶﾀｶﾅ",
        "e\u0301te\u0301 cafe\u0300 n\u0303 a\u0308\u0304 \u0301start x\u0332y a\u0338b i\u0307 a\u20DDb \u0300\u0301 q\u0331\u0330",
        "中文 日本語のテキスト 한국어 텍스트 ภาษาไทย नमस्ते दुनिया مرحبا بالعالم שלום עולם ትግርኛ",
        "😀 👍🏽 👨‍👩‍👧 🥑 🤯 🇺🇦 ❤️ ☕ ⚡ a😀b 🥑🥑 x🤯y #️⃣ 1️⃣",
        "1990s 3.14 1,000,000 ½ ¼ ² x² H₂O ① Ⅻ ⅻ 〇 ٣٤٥ ๑๒๓ 𝟙𝟚 v1.2.0 #123 $KSM 10%",
        "Kusama’s don't O'Brien ‘quoted’ “double” rock'n'roll l’été",
        "cross-chain XCM‑v3 e‐mail non–fungible A—B a_b snake_case kebab-case a/b a\\b a.b a:b a@b.c",
        "zero\u200Bwidth joi\u200Dner non\u200Cjoiner soft\u00ADhyphen word\u2060joiner bom\uFEFFmark lrm\u200Emark",
        "𝐀𝐁𝐂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐐀𐐁 𐐨 𠀀𠀁 𒀀 \uE000\uF8FF \U000F0000 \U0010FFFD \uFFFD \uFFFC \uFFFF",
        "lone \uD800 high, lone \uDC00 low, a\uD800b, \uDBFF\uDFFF, \uD83D",
        "ǈ Ǉ ǋ ǲ Ⱥ Ɐ ꞵ Ꞵ Ꭰ ꭰ Ᏸ ᲐᲑ ა 𞤀 𞤢 ᏸ ℌ K Å Ω ⅰ Ⅰ ⓐ Ⓐ",
        "tab\tnew\nline\r\nform\fvertical\vnbsp\u00A0narrow\u202Fideographic\u3000end",
        new string('a', 300) + " " + new string('é', 300) + "x",
    ];

    [Fact]
    public void SplitsAndFoldsEdgeTextsAsTheSearchIndexDoes() => AssertAgree(EdgeTexts);

    [Fact]
    public void SplitsAndFoldsRandomTextsAsTheSearchIndexDoes()
    {
        // Characters of every kind the tokenizer tells apart, strung together at random.
        var samples = "aZ09_-'’.,;:!? \t\u00A0éÉßẞǅ\u0301\u0300\u0308\u0327\u0331\u0332\u0338\u20DDαΆЖж中한ภ\u0E31नि\u093F"
            + "ﬁ²½①Ⅻ\u200B\u200D\u00AD\uFEFF\uE000\uFFFD\uFFFF\uD800";
        var characters = Gen.OneOf(
            Gen.Elements(samples.ToCharArray()).Select(c => c.ToString()),
            Gen.Elements("😀", "🥑", "𝐀", "𐐀", "𐐨", "𠀀", "\U000F0000", "\U0010FFFD", "\U000E0041", "\U000E0100"),
            Gen.Choose(1, 0xFFFF).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => ((char)c).ToString()));
        var texts = characters.ArrayOf().Select(string.Concat).Sample(20, 2000);

        AssertAgree(texts);
    }

    private static void AssertAgree(IReadOnlyList<string> texts)
    {
        var theirs = Fts5Tokens.Terms(texts, Fts5Tokens.IndexTokenizerWithoutStemming());
        var disagreements = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var ours = Tokenizer.Tokens(texts[i]).Select(token => token.Folded).ToList();
            if (!ours.SequenceEqual(theirs[i]))
                disagreements.Add($"{Escaped(texts[i])}\n  ours: {string.Join(' ', ours.Select(Escaped))}\n  FTS5: {string.Join(' ', theirs[i].Select(Escaped))}");
            else if (!TextTokens.Of(texts[i]).Select(token => token.Word).SequenceEqual(ours))
                disagreements.Add($"{Escaped(texts[i])}\n  tagging reads other words: {string.Join(' ', TextTokens.Of(texts[i]).Select(token => Escaped(token.Word)))}");
        }
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {texts.Count} texts split differently:\n{string.Join('\n', disagreements.Take(20))}");
    }

    /// <summary>The text with everything but letters, digits, punctuation and spaces of ASCII as \u escapes, to read in a failure.</summary>
    private static string Escaped(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 200 ? text[..200] + "…" : text)
            escaped.Append(c is >= ' ' and <= '~' || c == '…' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        return escaped.ToString();
    }
}
