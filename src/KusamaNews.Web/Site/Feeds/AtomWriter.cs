using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace KusamaNews.Web.Site.Feeds;

/// <summary>A feed as Atom 1.0 (RFC 4287) bytes: Syndication's Atom10FeedFormatter through an XmlWriter, which escapes every text and attribute.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            new Atom10FeedFormatter(feed).WriteTo(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    internal static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };
}
