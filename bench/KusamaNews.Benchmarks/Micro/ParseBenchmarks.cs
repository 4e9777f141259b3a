using BenchmarkDotNet.Attributes;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>One issue file from bytes to a parsed issue, as ingestion reads each changed file.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParseBenchmarks
{
    private readonly IssueFileReader reader = new();
    private byte[] real = [];
    private (string File, byte[] Bytes) generated = ("", []);

    [GlobalSetup]
    public void Setup()
    {
        real = SampleIssues.Real();
        generated = SampleIssues.Generated();
        SampleIssues.Parse(reader, SampleIssues.RealFile, real);
        SampleIssues.Parse(reader, generated.File, generated.Bytes);
    }

    [Benchmark]
    public IssueReadResult RealIssue() => reader.Read(SampleIssues.RealFile, real);

    [Benchmark]
    public IssueReadResult GeneratedIssue() => reader.Read(generated.File, generated.Bytes);
}
