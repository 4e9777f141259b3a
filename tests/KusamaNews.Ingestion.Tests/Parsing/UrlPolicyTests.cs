using KusamaNews.Ingestion.Parsing;

namespace KusamaNews.Ingestion.Tests.Parsing;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://kusama.network")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:news@example.org")]
    [InlineData("/issues/2024/06")]
    [InlineData("#lead")]
    [InlineData("other-page?x=a:b")]
    [InlineData("//cdn.example.org/x")]
    [InlineData("")]
    [InlineData("irc://irc.example.org/kusama")]
    [InlineData("ircs://irc.example.org:6697/kusama")]
    [InlineData("ftp://ftp.example.org/pub/")]
    [InlineData("xmpp:news@example.org")]
    [InlineData("TEL:+15550100")]
    public void AllowsWebMailChatFtpTelephoneAndRelativeUrls(string url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("averyveryverylongschemename:x")]
    [InlineData("sms:+15550100")]
    [InlineData("ircx://example.org")]
    [InlineData("ft\tp\0x:x")]
    public void RefusesEverythingElse(string url) => Assert.False(UrlPolicy.IsAllowed(url));
}
