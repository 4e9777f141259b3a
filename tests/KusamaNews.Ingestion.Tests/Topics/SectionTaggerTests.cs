using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

public sealed class SectionTaggerTests
{
    private static readonly Taxonomy Taxonomy = TaxonomyFixture.Real();

    private static IReadOnlyList<SectionTag> Tag(string heading, string body = "", params string[] issueTags) =>
        SectionTagger.Tag(Taxonomy, heading, body, issueTags);

    private static string? Beat(IReadOnlyList<SectionTag> tags) => tags.FirstOrDefault(t => t is { IsPrimary: true, Rank: 0 })?.Slug;

    [Theory]
    [InlineData("2019-11.md")]
    [InlineData("2024-06.md")]
    public void EverySectionAfterTheLeadOfTheRealIssuesHasItsBeatAsPrimaryTag(string seed)
    {
        var issue = new IssueFileReader().Read(seed, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", seed))).Issue!;

        var beats = issue.Sections.Skip(1).Select(s => Beat(SectionTagger.Tag(Taxonomy, s.Heading, s.PlainText, issue.Tags)));

        Assert.Equal(["governance", "parachains", "technology", "market", "ecosystem", "outlook"], beats);
    }

    [Fact]
    public void TheRealLeadsHaveNoBeat()
    {
        Assert.Null(Beat(Tag("Canary Network Emerges as Leading Force in Blockchain Development")));
        Assert.Null(Beat(Tag("Polkadot's \"Canary Network\u201D Launch Leaps Forward")));
    }

    [Theory]
    [InlineData("Referenda Roundup", "governance")]
    [InlineData("A Referendum Passes", "governance")]
    [InlineData("Parachain Auctions Heat Up", "parachains")]
    [InlineData("Runtime Upgraded", "technology")]
    [InlineData("Technological Developments", "technology")]
    [InlineData("What's Next", "outlook")]
    [InlineData("Builders Program Grows", "ecosystem")]
    [InlineData("KSM Exchanges", "market")]
    public void WildcardsAndStemsMatchInflectedWordsInHeadings(string heading, string beat) =>
        Assert.Equal(beat, Beat(Tag(heading)));

    [Fact]
    public void AWildcardMatchesOnlyWordsItBegins()
    {
        // "developer*" is the ecosystem's term; "development" is another word.
        Assert.DoesNotContain(Tag("Tech Innovations Boost Kusama\u2019s Development"), t => t.Slug == "ecosystem");
        Assert.Equal("ecosystem", Beat(Tag("Developers Gather")));
    }

    [Fact]
    public void BodyTermsTagSecondarilyFromTwoMentions()
    {
        var once = Tag("News", "The council met.");
        var twice = Tag("News", "The council met. The council voted.");

        Assert.DoesNotContain(once, t => t.Slug == "governance");
        Assert.Equal(new SectionTag("governance", false, 0), Assert.Single(twice));
    }

    [Fact]
    public void PhrasesMatchAsPhrases()
    {
        var tags = Tag("News", "Asynchronous backing arrived; asynchronous backing works. Backing is asynchronous.");

        Assert.Contains(tags, t => t is { Slug: "asynchronous-backing", IsPrimary: false });
    }

    [Fact]
    public void AFinerTagBringsItsBeatFirst()
    {
        var tags = Tag("OpenGov Update");

        Assert.Equal([("governance", true), ("opengov", true)], tags.Take(2).Select(t => (t.Slug, t.IsPrimary)));
    }

    [Fact]
    public void PrimaryTagsRankByWhereTheyAppearInTheHeading()
    {
        var tags = Tag("Coretime Market");

        Assert.Equal(["parachains", "market"], tags.Where(t => t.IsPrimary).Select(t => t.Slug));
    }

    [Fact]
    public void FrontMatterTagsAreAddedToEverySectionOfTheIssue()
    {
        var tags = Tag("Anything", "", "staking", "not-a-topic");

        Assert.Equal(new SectionTag("staking", false, 0), Assert.Single(tags));
    }

    [Fact]
    public void MatchingIgnoresCaseAndAccents() =>
        Assert.Equal("governance", Beat(Tag("RÉFÉRENDUM RESULTS")));

    [Fact]
    public void EachTaxonomyMatchesWithItsOwnTermsWhenBothTagTheSameWords()
    {
        // Which terms may start at a word is remembered on the word: a second taxonomy must not use the first's.
        var beasts = TaxonomyFixture.Read("""
            - slug: marsupials
              name: Marsupials
              description: Pouched.
              terms: [wombat*, "quokka colony"]
            """, out _)!;
        var birds = TaxonomyFixture.Read("""
            - slug: birds
              name: Birds
              description: Feathered.
              terms: [wombats, quokka]
            """, out _)!;

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(["marsupials"], SectionTagger.Tag(beasts, "Wombatland and a quokka colony", "", []).Select(t => t.Slug));
            Assert.Equal(["birds"], SectionTagger.Tag(birds, "Wombats at the quokka fair", "", []).Select(t => t.Slug));
            Assert.Empty(SectionTagger.Tag(birds, "Wombatland", "", []));
        }
    }
}
