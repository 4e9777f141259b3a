using KusamaNews.Ingestion.Parsing;

namespace KusamaNews.Ingestion.Tests.Parsing;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Tech Innovations Boost Kusama\u2019s Development", "tech-innovations-boost-kusamas-development")]
    [InlineData("Polkadot's \"Canary Network\u201D Launch Leaps Forward", "polkadots-canary-network-launch-leaps-forward")]
    [InlineData("Market Performance: KSM Token Makes Its Mark", "market-performance-ksm-token-makes-its-mark")]
    [InlineData("Kusamá Café — XCM-v3", "kusama-cafe-xcm-v3")]
    [InlineData("🚀 !!", "")]
    public void SlugsAreLowercaseAsciiWordsJoinedByHyphens(string heading, string slug) =>
        Assert.Equal(slug, Slug.From(heading));

    [Fact]
    public void LongHeadingsAreCut() =>
        Assert.True(Slug.From(string.Join(' ', Enumerable.Repeat("word", 100))).Length <= Slug.MaxLength);

    [Fact]
    public void RepeatsAndEmptySlugsAreMadeUnique() =>
        Assert.Equal(["a", "a-2", "section-3", "a-3"], Slug.UniqueFor(["A", "a!", "!!", "A"]));
}
