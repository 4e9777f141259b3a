using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>The issues the parse and tag benchmarks read: a real one from content/ and a generated one.</summary>
internal static class SampleIssues
{
    public const string RealFile = "2024-06.md";

    public static byte[] Real() => File.ReadAllBytes(RepositoryFiles.Content(RealFile));

    /// <summary>The newest issue of the generated corpus (2026-10.md), the same on every run.</summary>
    public static (string File, byte[] Bytes) Generated()
    {
        using var folder = new TempFolder();
        GeneratedCorpus.Write(folder.Path, issues: 1);
        var file = Directory.GetFiles(folder.Path, "*.md").Single();
        return (Path.GetFileName(file), File.ReadAllBytes(file));
    }

    /// <summary>The parsed issue; throws when the file does not parse, so that a benchmark never times a failure.</summary>
    public static ParsedIssue Parse(IssueFileReader reader, string file, byte[] bytes)
    {
        var result = reader.Read(file, bytes);
        if (result.Issue is not { Sections.Count: > 1 } issue)
            throw new InvalidOperationException($"{file} did not parse into sections: {string.Join("; ", result.Diagnostics)}");
        return issue;
    }
}
