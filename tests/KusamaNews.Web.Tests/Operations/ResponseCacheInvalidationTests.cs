using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Responses are answered from memory only until the archive changes.</summary>
public sealed class ResponseCacheInvalidationTests
{
    [Fact]
    public async Task AnIngestionThatChangesTheArchiveIsNeverAnsweredFromMemory()
    {
        using var archive = KusamaNewsFactory.WithContent(("2024-06.md", "# Kusama News - June 2024\n\n# The First Headline\n\n## Lead\n\nText.\n"));
        var client = archive.CreateClient();
        for (var kept = 0; kept < 3; kept++) // asked for, kept, answered from memory
            Assert.Contains("The First Headline", await client.GetStringAsync("/issues/2024/06"), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(archive.ContentPath, "2024-06.md"), "# Kusama News - June 2024\n\n# The Second Headline\n\n## Lead\n\nText.\n");
        archive.Services.GetRequiredService<KusamaNews.Ingestion.Hosting.IngestionRunner>().Run(CancellationToken.None);

        var page = await client.GetStringAsync("/issues/2024/06");
        Assert.Contains("The Second Headline", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The First Headline", page, StringComparison.Ordinal);
    }
}
