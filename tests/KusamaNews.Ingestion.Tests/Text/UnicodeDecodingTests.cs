using System.Text;

namespace KusamaNews.Ingestion.Tests.Text;

/// <summary>UTF-8, with or without a byte order mark, and UTF-16 with one, are read as written.</summary>
public sealed class UnicodeDecodingTests
{
    [Fact]
    public void Utf8WithAndWithoutBomReadTheSame()
    {
        var plain = Fixture.ReadBytes(Encoding.UTF8.GetBytes(Fixture.AccentedIssue));
        var withBom = Fixture.ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Fixture.AccentedIssue)]);

        Assert.Equal("Caf\u00e9 Headline", plain.Issue!.Headline);
        Assert.Equal(plain.Issue.Headline, withBom.Issue!.Headline);
        Assert.Empty(withBom.Diagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBomIsRead(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = Fixture.ReadBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(Fixture.AccentedIssue)]);

        Assert.Equal("Caf\u00e9 Headline", result.Issue!.Headline);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Utf16BomWithBrokenBodyIsAnError()
    {
        var result = Fixture.ReadBytes([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41]);

        Assert.Null(result.Issue);
        Assert.Contains("not valid UTF-16", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
