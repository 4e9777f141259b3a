using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

/// <summary>Text as the tagger reads it: each word once in a thread's table, its stem always the stemmer's.</summary>
public sealed class TextTokensTests
{
    [Fact]
    public void WordsAreLowerCaseWithoutDiacriticsSplitAtEverythingButLettersAndDigits()
    {
        var tokens = TextTokens.Of("Cross-chain Café: XCMv3 upgrades, naïvely!");

        Assert.Equal(["cross", "chain", "cafe", "xcmv3", "upgrades", "naively"], tokens.Select(token => token.Word));
        Assert.Equal(tokens.Select(token => PorterStemmer.Stem(token.Word)), tokens.Select(token => token.Stem));
    }

    [Fact]
    public void EveryAsciiCharacterSplitsOrJoinsAsItsUnicodeCategorySays()
    {
        // In ASCII, SQLite's tokenizer keeps letters and digits (Analysis/Unicode61Tables); the tagger
        // reads them through the same table as the rest of Unicode.
        for (var c = '\0'; c < 128; c++)
        {
            var words = TextTokens.Of($"ab{c}cd").Select(token => token.Word);
            Assert.Equal(char.IsLetterOrDigit(c) ? [$"ab{char.ToLowerInvariant(c)}cd"] : ["ab", "cd"], words);
        }
    }

    [Fact]
    public void ReadingIntoAListThatHeldAnotherTextGivesOnlyTheNewTextsWords()
    {
        var tokens = TextTokens.Of("Validators and nominators, staking again");

        TextTokens.Read("Cross-chain Café", tokens);

        Assert.Equal(["cross", "chain", "cafe"], tokens.Select(token => token.Word));
    }

    [Fact]
    public void ThousandsOfDistinctWordsKeepTheirOwnStemAndTheSameWordIsTheSameEntry()
    {
        // Enough distinct words to make a thread's table grow several times, some of them colliding.
        string[] words = [.. Enumerable.Range(0, 20_000).Select(i => $"w{i}ing"), "validators", "validator"];
        var text = string.Join(' ', words);

        var first = TextTokens.Of(text);
        var again = TextTokens.Of(text);

        Assert.Equal(words, first.Select(token => token.Word));
        Assert.Equal(words.Select(PorterStemmer.Stem), first.Select(token => token.Stem));
        Assert.All(first.Zip(again), pair => Assert.Same(pair.First.Entry, pair.Second.Entry));
        Assert.Equal(first[^2].Stem, first[^1].Stem);
    }

    [Fact]
    public async Task EachThreadFindsTheSameEntriesAsAnother()
    {
        var text = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => $"parachain{i}"));
        var mine = TextTokens.Of(text);

        var theirs = await Task.Factory.StartNew(() => TextTokens.Of(text), TaskCreationOptions.LongRunning); // a thread of its own

        Assert.Equal(mine.Select(token => token.Word), theirs.Select(token => token.Word));
        Assert.All(mine.Zip(theirs), pair => Assert.Same(pair.First.Entry, pair.Second.Entry));
    }
}
