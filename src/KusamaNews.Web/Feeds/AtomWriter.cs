using System.Globalization;
using System.Text;
using System.Xml;

namespace KusamaNews.Web.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287) with XmlWriter, which escapes every text and attribute.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(AtomFeed feed, string siteOrigin)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            // Relative links inside entries' HTML resolve against the site.
            xml.WriteAttributeString("xml", "base", null, siteOrigin + "/");
            xml.WriteElementString("id", AtomNamespace, feed.Id);
            xml.WriteElementString("title", AtomNamespace, XmlText.Clean(feed.Title));
            xml.WriteElementString("subtitle", AtomNamespace, XmlText.Clean(feed.Subtitle));
            WriteLink(xml, "self", "application/atom+xml", feed.SelfUrl);
            WriteLink(xml, "alternate", "text/html", feed.AlternateUrl);
            xml.WriteElementString("updated", AtomNamespace, Time(feed.Updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "Kusama News");
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
                WriteEntry(xml, entry);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, AtomEntry entry)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("id", AtomNamespace, entry.Id);
        xml.WriteElementString("title", AtomNamespace, XmlText.Clean(entry.Title));
        WriteLink(xml, "alternate", "text/html", entry.Url);
        xml.WriteElementString("published", AtomNamespace, Time(entry.Published));
        xml.WriteElementString("updated", AtomNamespace, Time(entry.Published));
        xml.WriteStartElement("summary", AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(entry.Summary));
        xml.WriteEndElement();
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlText.Clean(entry.ContentHtml));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };
}
