namespace KusamaNews.BrowserTests;

/// <summary>The real issues and one with a six-column table and a long line of code (WideContent/), on a site of their own.</summary>
public sealed class WideContentSite : BrowserSite
{
    protected override string ContentFolder => "WideContent";
}
