using BenchmarkDotNet.Attributes;
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>Every section of one parsed issue tagged with the real taxonomy (content/topics.yml), as ingestion does.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class TagBenchmarks
{
    private Taxonomy taxonomy = Taxonomy.Empty;
    private ParsedIssue real = null!;
    private ParsedIssue generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag(TaxonomyReader.FileName);
        taxonomy = TaxonomyReader.Read(File.ReadAllText(RepositoryFiles.Content(TaxonomyReader.FileName)), diagnostics)
            ?? throw new InvalidOperationException($"{TaxonomyReader.FileName} has errors: {string.Join("; ", diagnostics.Items)}");
        var reader = new IssueFileReader();
        real = SampleIssues.Parse(reader, SampleIssues.RealFile, SampleIssues.Real());
        var (file, bytes) = SampleIssues.Generated();
        generated = SampleIssues.Parse(reader, file, bytes);
        if (Tag(real) == 0 || Tag(generated) == 0)
            throw new InvalidOperationException("tagging found no topic in a sample issue; the benchmark would time an empty taxonomy");
    }

    [Benchmark]
    public int RealIssue() => Tag(real);

    [Benchmark]
    public int GeneratedIssue() => Tag(generated);

    /// <returns>The number of tags, so that the work cannot be optimised away.</returns>
    private int Tag(ParsedIssue issue)
    {
        var tags = 0;
        foreach (var section in issue.Sections)
            tags += SectionTagger.Tag(taxonomy, section.Heading, section.PlainText, issue.Tags).Count;
        return tags;
    }
}
