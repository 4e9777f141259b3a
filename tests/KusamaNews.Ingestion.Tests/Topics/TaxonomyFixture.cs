using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Tests.Topics;

internal static class TaxonomyFixture
{
    /// <summary>The real content/topics.yml.</summary>
    public static Taxonomy Real() => Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "topics.yml")), out _)!;

    public static Taxonomy? Read(string yaml, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag("topics.yml");
        var taxonomy = TaxonomyReader.Read(yaml, bag);
        diagnostics = bag.Items;
        return taxonomy;
    }
}
