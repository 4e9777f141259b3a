using System.Text;
using System.Xml;

namespace KusamaNews.Web.Site.Feeds;

/// <summary>Text XML can carry. Ingestion already removes control characters; this keeps one that slipped through from failing a whole feed.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i += Width(text, i))
        {
            if (Width(text, i) == 0)
                return Strip(text);
        }
        return text;
    }

    private static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var width = Width(text, i);
            if (width > 0)
                kept.Append(text, i, width);
            i += Math.Max(width, 1);
        }
        return kept.ToString();
    }

    /// <summary>How many chars the XML character at <paramref name="i"/> takes: 1, 2 for a surrogate pair, 0 when XML cannot carry it.</summary>
    private static int Width(string text, int i) =>
        char.IsSurrogatePair(text, i) ? 2 : XmlConvert.IsXmlChar(text[i]) ? 1 : 0;
}
