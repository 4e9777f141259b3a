using System.ServiceModel.Syndication;
using System.Xml;
using KusamaNews.Web.Feeds;
using XmlText = KusamaNews.Web.Feeds.XmlText;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>The candidate: the same AtomFeed written by System.ServiceModel.Syndication's Atom10FeedFormatter.</summary>
internal static class SyndicationAtomWriter
{
    public static byte[] Write(AtomFeed feed, string siteOrigin)
    {
        var syndication = new SyndicationFeed
        {
            Id = feed.Id,
            Title = new TextSyndicationContent(XmlText.Clean(feed.Title)),
            Description = new TextSyndicationContent(XmlText.Clean(feed.Subtitle)),
            LastUpdatedTime = feed.Updated,
            BaseUri = new Uri(siteOrigin + "/"),
            Items = [.. feed.Entries.Select(Item)],
        };
        syndication.Links.Add(new SyndicationLink(new Uri(feed.SelfUrl), "self", null, "application/atom+xml", 0));
        syndication.Links.Add(new SyndicationLink(new Uri(feed.AlternateUrl), "alternate", null, "text/html", 0));
        syndication.Authors.Add(new SyndicationPerson { Name = "Kusama News" });

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, AtomWriter.Settings))
        {
            xml.WriteStartDocument();
            new Atom10FeedFormatter(syndication).WriteTo(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static SyndicationItem Item(AtomEntry entry)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(XmlText.Clean(entry.Title)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Published,
            Summary = new TextSyndicationContent(XmlText.Clean(entry.Summary)),
            Content = new TextSyndicationContent(XmlText.Clean(entry.ContentHtml), TextSyndicationContentKind.Html),
        };
        item.Links.Add(new SyndicationLink(new Uri(entry.Url), "alternate", null, "text/html", 0));
        return item;
    }
}
