namespace KusamaNews.Ingestion.Tests.Topics;

public sealed class TaxonomyReaderTests
{
    private const string Good = """
        - slug: governance
          name: Governance
          description: How Kusama decides.
          terms: [governance, referend*]
        - slug: opengov
          name: OpenGov
          parent: governance
          description: Open governance.
          terms: [opengov]
        """;

    [Fact]
    public void TheRealTopicsFileReadsWithoutDiagnostics()
    {
        var taxonomy = TaxonomyFixture.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "topics.yml")), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["governance", "parachains", "technology", "market", "ecosystem", "outlook"], taxonomy!.Topics.Take(6).Select(t => t.Slug));
        Assert.Contains(taxonomy.Topics, t => t.Slug is "opengov" or "asynchronous-backing" or "cross-chain-messaging" or "staking" or "smart-contracts");
    }

    [Fact]
    public void ReadsSlugNameDescriptionTermsAndParent()
    {
        var taxonomy = TaxonomyFixture.Read(Good, out var diagnostics)!;

        Assert.Empty(diagnostics);
        var opengov = taxonomy.Find("opengov")!;
        Assert.Equal(("OpenGov", "Open governance.", "governance", 1), (opengov.Name, opengov.Description, opengov.Parent, opengov.Ordinal));
        Assert.Equal(["governance", "referend*"], taxonomy.Find("governance")!.Terms);
    }

    [Theory]
    [InlineData("- slug: \"\"\n  name: N\n  description: D\n  terms: [a]\n", 1, "empty or missing slug")]
    [InlineData("- name: N\n  description: D\n  terms: [a]\n", 1, "empty or missing slug")]
    [InlineData("- slug: a\n  name: A\n  description: D\n  terms: [a]\n- slug: a\n  name: B\n  description: D\n  terms: [b]\n", 5, "\"a\" is used twice (first on line 1)")]
    [InlineData("- slug: Not A Slug\n  name: N\n  description: D\n  terms: [a]\n", 1, "must be lower-case letters")]
    [InlineData("- slug: a\n  name: A\n  parent: nowhere\n  description: D\n  terms: [a]\n", 3, "parent \"nowhere\" of topic \"a\" is not a topic slug")]
    [InlineData("- slug: a\n  name: A\n  description: D\n", 1, "has no terms")]
    [InlineData("- slug: a\n  name: A\n  description: D\n  terms: [\"mid*dle\"]\n", 4, "a '*' that does not end a word")]
    [InlineData("slug: a\n", 1, "must be a list of topics")]
    [InlineData("- slug: [a\n", 2, "not valid YAML")]
    public void ABadTopicsFileIsAnErrorOnTheRightLineAndIsRefusedWhole(string yaml, int line, string message)
    {
        var taxonomy = TaxonomyFixture.Read(yaml, out var diagnostics);

        Assert.Null(taxonomy);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("topics.yml", line), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeysAreWarnedAbout()
    {
        TaxonomyFixture.Read(Good.Replace("  name: OpenGov", "  name: OpenGov\n  colour: red", StringComparison.Ordinal), out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("colour", warning.Message, StringComparison.Ordinal);
    }
}
