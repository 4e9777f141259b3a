using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

/// <summary>The examples of M. F. Porter, "An algorithm for suffix stripping" (1980), step by step.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    // Step 1a
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    // Step 1b
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    // Step 1c
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    // Step 2
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("hesitanci", "hesit")]
    [InlineData("digitizer", "digit")]
    [InlineData("conformabli", "conform")]
    [InlineData("radicalli", "radic")]
    [InlineData("differentli", "differ")]
    [InlineData("vileli", "vile")]
    [InlineData("analogousli", "analog")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("sensibiliti", "sensibl")]
    // Step 3
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electriciti", "electr")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    // Step 4
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("homologou", "homolog")]
    [InlineData("communism", "commun")]
    [InlineData("activate", "activ")]
    [InlineData("angulariti", "angular")]
    [InlineData("homologous", "homolog")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    // Step 5
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    // Whole words through every step
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    public void StemsPortersExamples(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("auction", "auctions")]
    [InlineData("upgrade", "upgrades")]
    [InlineData("upgrade", "upgraded")]
    [InlineData("crowdloan", "crowdloans")]
    [InlineData("exchange", "exchanges")]
    [InlineData("parachain", "parachains")]
    public void InflectionsOfOneWordShareAStem(string word, string inflected) =>
        Assert.Equal(PorterStemmer.Stem(word), PorterStemmer.Stem(inflected));

    [Theory]
    [InlineData("is")]
    [InlineData("xcm3")]
    [InlineData("kusamá")]
    public void ShortWordsAndWordsWithoutASuffixAreLeftAlone(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    // Where FTS5's porter tokenizer, which the search index uses, goes its own way (PorterStemmerAgreementTests checks every word).
    [Theory]
    [InlineData("1990s", "1990")]
    [InlineData("straße", "straß")]
    [InlineData("ies", "ie")]
    [InlineData("flyyed", "fly")]
    public void StemsAsFts5DoesWhereItDiffersFromThePaper(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
