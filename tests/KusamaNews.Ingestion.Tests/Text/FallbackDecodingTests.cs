using System.Text;
using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Tests.Text;

/// <summary>Bytes that are not UTF-8 are read as Windows-1252, with a warning, or refused as binary.</summary>
public sealed class FallbackDecodingTests
{
    [Fact]
    public void BytesThatAreNotUtf8AreReadAsWindows1252WithAWarningOnTheirLine()
    {
        var latin1 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Fixture.AccentedIssue);

        var result = Fixture.ReadBytes(latin1);

        Assert.Equal("Caf\u00e9 Headline", result.Issue!.Headline);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(3, warning.Line);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryGarbageIsAnErrorNotAnIssue()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var result = Fixture.ReadBytes(bytes);

        Assert.Null(result.Issue);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("binary", StringComparison.Ordinal));
    }
}
