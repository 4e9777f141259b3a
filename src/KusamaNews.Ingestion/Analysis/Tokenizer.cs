namespace KusamaNews.Ingestion.Analysis;

/// <summary>A text's tokens as the search index makes them (<see cref="TokenReader"/>), for callers off the hot path.</summary>
public static class Tokenizer
{
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var reader = new TokenReader(text, text.Length <= 256 ? stackalloc char[256] : new char[text.Length]);
        while (reader.Read())
            tokens.Add(new Token(reader.Start, reader.End - reader.Start, reader.Folded.ToString()));
        return tokens;
    }

    /// <summary>Whether the text has a token at all: a term without one is nothing FTS5 can look for.</summary>
    public static bool HasTokens(string text) => new TokenReader(text, text.Length <= 256 ? stackalloc char[256] : new char[text.Length]).Read();
}
