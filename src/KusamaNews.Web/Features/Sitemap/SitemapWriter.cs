using System.Globalization;
using System.Xml;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Feeds;

namespace KusamaNews.Web.Features.Sitemap;

/// <summary>
/// The sitemaps.org urlset: the front page, the archive (each of its pages and years), every issue,
/// every section, the topics and each topic. lastmod is the newest issue a page shows, so it moves
/// when the content does and not when the database is rebuilt.
/// </summary>
public static class SitemapWriter
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SitemapContent content, SiteAddress site)
    {
        var issues = content.Sections.Select(s => s.Month).Distinct().ToList();
        var newest = issues.Count > 0 ? issues[0] : (IssueMonth?)null;

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, AtomWriter.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            WriteUrl(xml, site.Absolute(SitePaths.Home), newest);
            var years = issues.Select(m => m.Year).Distinct().ToList();
            var archivePages = Math.Max(1, (years.Count + SitePaths.YearsPerIssuesPage - 1) / SitePaths.YearsPerIssuesPage);
            for (var page = 1; page <= archivePages; page++)
                WriteUrl(xml, site.Absolute(SitePaths.IssuesPage(page)), issues.FirstOrDefault(m => m.Year == years.ElementAtOrDefault((page - 1) * SitePaths.YearsPerIssuesPage)));
            foreach (var year in years)
                WriteUrl(xml, site.Absolute(SitePaths.Year(year)), issues.First(m => m.Year == year));
            foreach (var month in issues)
                WriteUrl(xml, site.Absolute(SitePaths.Issue(month)), month);
            foreach (var (month, slug) in content.Sections)
                WriteUrl(xml, site.Absolute(SitePaths.Section(month, slug)), month);
            WriteUrl(xml, site.Absolute(SitePaths.Topics), newest);
            // A topic without sections still has a page; it last changed with the archive.
            foreach (var (slug, topicNewest) in content.Topics)
                WriteUrl(xml, site.Absolute(SitePaths.Topic(slug)), topicNewest ?? newest);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteUrl(XmlWriter xml, string location, IssueMonth? lastModified)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, location);
        if (lastModified is { } month && month != default)
            xml.WriteElementString("lastmod", SitemapNamespace, PublicationDate.Of(month).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
