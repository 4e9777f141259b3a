using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Every inline of a document in document order (a container before its children), found exactly
/// the way the HTML renderer finds them: block children, each leaf's inlines, and each inline
/// container's children through its own enumerator (first child, then next siblings). What the
/// renderer would write is what must be checked: Markdig's Descendants() missed an inline whose
/// sibling had been unwrapped, and a backwards walk missed one the renderer still reached (both
/// found by ParserProperties).
/// </summary>
internal static class MarkdownWalker
{
    public static List<Inline> Inlines(MarkdownDocument document)
    {
        var found = new List<Inline>(256);
        var pending = new Stack<MarkdownObject>(64);
        var children = new List<Inline>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                        pending.Push(container[i]);
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case ContainerInline container:
                    found.Add(container);
                    children.Clear();
                    foreach (var child in container)
                        children.Add(child);
                    for (var i = children.Count - 1; i >= 0; i--)
                        pending.Push(children[i]);
                    break;
                case Inline inline:
                    found.Add(inline);
                    break;
            }
        }
        return found;
    }
}
