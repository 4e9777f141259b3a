using System.Text;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>The plain text of a heading's inlines, as a reader sees it, whitespace collapsed.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
            return "";
        var text = new StringBuilder();
        Append(container, text);
        return CollapseWhitespace(text.ToString());
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, text);
                break;
        }
    }

    internal static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
