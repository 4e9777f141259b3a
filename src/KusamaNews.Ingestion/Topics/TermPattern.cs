// Hot path: MatchesAt, for every candidate term at every word; docs/PERFORMANCE.md, "JIT settings": the hot ingestion methods marked AggressiveOptimization took a full build from 6.7 to 5.97 s; benchmark before you change this.
using System.Runtime.CompilerServices;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// One term of a topic, compiled: a word or phrase whose words match by Porter stem ("auction"
/// matches "auctions"), except a word ending in '*', which matches any word it begins ("referend*").
/// </summary>
internal sealed class TermPattern
{
    private readonly (bool IsPrefix, string Value)[] words;

    public TermPattern(string term)
    {
        var compiled = new List<(bool, string)>();
        foreach (var part in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isPrefix = part.EndsWith('*');
            var tokens = TextTokens.Of(isPrefix ? part[..^1] : part);
            for (var i = 0; i < tokens.Count; i++)
                compiled.Add(isPrefix && i == tokens.Count - 1 ? (true, tokens[i].Word) : (false, tokens[i].Stem));
        }
        words = [.. compiled];
    }

    public static bool IsValid(string term) =>
        term.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(part => part.IndexOf('*', StringComparison.Ordinal) is var star && (star == -1 || star == part.Length - 1))
        && TextTokens.Of(term.Replace("*", "", StringComparison.Ordinal)).Count > 0;

    /// <summary>The first word: a stem to look up, or a prefix to test.</summary>
    public (bool IsPrefix, string Value) First => words[0];

    /// <summary>Whether the whole term matches at <paramref name="start"/> (its first word matched already).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public bool MatchesAt(List<TextTokens.Token> tokens, int start)
    {
        if (start + words.Length > tokens.Count)
            return false;
        for (var k = 1; k < words.Length; k++)
        {
            var (isPrefix, value) = words[k];
            var token = tokens[start + k];
            if (isPrefix ? !token.Word.StartsWith(value, StringComparison.Ordinal) : token.Stem != value)
                return false;
        }
        return true;
    }
}
