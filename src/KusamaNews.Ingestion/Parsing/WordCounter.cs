using System.Runtime.CompilerServices;

namespace KusamaNews.Ingestion.Parsing;

internal static class WordCounter
{
    /// <summary>Whitespace-separated tokens that hold at least one letter or digit ("–" is not a word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inToken = false;
        var tokenHasWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWord)
                    words++;
                inToken = tokenHasWord = false;
                continue;
            }
            inToken = true;
            tokenHasWord |= char.IsLetterOrDigit(c);
        }
        return inToken && tokenHasWord ? words + 1 : words;
    }
}
