namespace KusamaNews.Ingestion.Tests.BadContent;

/// <summary>
/// Each case of the bad-content corpus and its documented outcome (docs/RELIABILITY.md): ingested,
/// repaired or ingested with a warning, or skipped with an error naming file and line.
/// </summary>
public static class DocumentedOutcomes
{
    public enum Outcome
    {
        Ingested,
        IngestedWithWarnings,
        Skipped,
    }

    public static readonly Dictionary<string, (Outcome Outcome, (int Line, string Says)[] Diagnostics)> Expected = new()
    {
        ["good-january.md"] = (Outcome.Ingested, []),
        ["good-february.md"] = (Outcome.Ingested, []),
        ["empty.md"] = (Outcome.Skipped, [(1, "the file is empty")]),
        ["whitespace-only.md"] = (Outcome.Skipped, [(1, "the file is empty")]),
        ["binary-garbage.md"] = (Outcome.Skipped, [(1, "binary data")]),
        ["latin1.md"] = (Outcome.IngestedWithWarnings, [(3, "read as Windows-1252")]),
        ["utf16-le-bom.md"] = (Outcome.Ingested, []),
        ["utf16-be-bom.md"] = (Outcome.Ingested, []),
        ["mojibake-windows-1252.md"] = (Outcome.IngestedWithWarnings, [(3, "repaired mojibake"), (7, "repaired mojibake")]),
        ["mojibake-mac-roman.md"] = (Outcome.IngestedWithWarnings, [(3, "UTF-8 read as Mac Roman")]),
        ["nul-bytes.md"] = (Outcome.IngestedWithWarnings, [(7, "NUL character(s) removed")]),
        ["mixed-line-endings.md"] = (Outcome.IngestedWithWarnings, [(11, "repaired mojibake")]),
        ["missing-masthead.md"] = (Outcome.Skipped, [(1, "no masthead")]),
        ["impossible-month.md"] = (Outcome.Skipped, [(1, "\"Smarch\" is not a month")]),
        ["ambiguous-month.md"] = (Outcome.Skipped, [(1, "is ambiguous (June or July)")]),
        ["2031-10.md"] = (Outcome.IngestedWithWarnings, [(1, "named for 2031-10 but the issue is November 2031")]),
        ["2031-12.md"] = (Outcome.Ingested, []),
        ["december-copy.md"] = (Outcome.Skipped, [(1, "december-copy.md and 2031-12.md both claim December 2031")]),
        ["no-sections.md"] = (Outcome.Skipped, [(3, "has no sections")]),
        ["empty-sections.md"] = (Outcome.IngestedWithWarnings, [(9, "has no text"), (11, "has no text")]),
        ["repeated-headings.md"] = (Outcome.Ingested, []),
        ["emoji-heading.md"] = (Outcome.Ingested, []),
        ["long-line.md"] = (Outcome.Ingested, []),
        ["nested-blockquotes.md"] = (Outcome.Skipped, [(9, "nested deeper than the limit of 32 (Archive:MaxNestingDepth)")]),
        ["nested-lists.md"] = (Outcome.Skipped, [(9, "nested deeper than the limit of 32 (Archive:MaxNestingDepth)")]),
        ["long-headline.md"] = (Outcome.Ingested, []),
        ["script.md"] = (Outcome.IngestedWithWarnings, [(3, "raw HTML"), (5, "raw HTML"), (7, "raw HTML"), (9, "raw HTML")]),
        ["iframe.md"] = (Outcome.IngestedWithWarnings, [(7, "raw HTML"), (9, "raw HTML")]),
        ["onerror.md"] = (Outcome.IngestedWithWarnings, [(7, "raw HTML"), (9, "raw HTML")]),
        ["editors-tags.md"] = (Outcome.IngestedWithWarnings, [(5, "onclick attribute of <sup>"), (7, "ontoggle attribute of <details>"), (7, "onclick attribute of <summary>"), (9, "style attribute of <kbd>"), (11, "onload attribute of <br>")]),
        ["javascript-links.md"] = (Outcome.IngestedWithWarnings, [(7, "link to"), (7, "link to"), (7, "link to"), (7, "link to"), (9, "image to"), (9, "image to"), (11, "link to")]),
        [BadContentArchive.FiveMegabytes] = (Outcome.Skipped, [(1, "more than the limit of 4,194,304 (Archive:MaxFileBytes)")]),
    };
}
