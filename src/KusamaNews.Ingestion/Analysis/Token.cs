namespace KusamaNews.Ingestion.Analysis;

/// <summary>One token of a text (<see cref="Tokenizer"/>).</summary>
/// <param name="Start">Where the token is in the text.</param>
/// <param name="Length">How long it is there (its diacritics included).</param>
/// <param name="Folded">The token as the index holds it: lower case, diacritics removed.</param>
public readonly record struct Token(int Start, int Length, string Folded)
{
    public string In(string text) => text.Substring(Start, Length);
}
