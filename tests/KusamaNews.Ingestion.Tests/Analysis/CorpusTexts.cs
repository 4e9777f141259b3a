using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Benchmarks.Micro;

namespace KusamaNews.Ingestion.Tests.Analysis;

/// <summary>
/// Every text the tagger and the search index meet in a generated corpus and the two real issues:
/// headlines, headings, sections' plain text, and topics.yml. Generated once for all the tests that read it.
/// </summary>
internal static class CorpusTexts
{
    private const int GeneratedIssues = 200;

    private static readonly Lazy<IReadOnlyList<string>> Texts = new(Read);

    public static IReadOnlyList<string> All => Texts.Value;

    private static List<string> Read()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var texts = new List<string> { File.ReadAllText(Path.Combine(seeds, "topics.yml")) };
        var folder = Directory.CreateTempSubdirectory("kusamanews-corpus-").FullName;
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
        return texts;
    }
}
