using Dapper;
using KusamaNews.Ingestion.Analysis;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// "parachian" → "parachain": a word the index does not know, replaced by the closest term in the
/// index's vocabulary (SearchVocabulary, fts5vocab). Terms there are Porter stems ("commun" for
/// "community"), so a term may also match the start of the word, and the reader's own ending is
/// kept ("comunity" → "commun" + "ity"). fts5vocab counts every term's sections by reading the
/// whole index, so the vocabulary is read once per archive version and kept, by first letter;
/// only terms with the word's first letter are compared, which misses a wrong first letter.
/// </summary>
public sealed class SpellingSuggestions
{
    private const int MaxSuffix = 4;

    // Shorter words have too many neighbours to guess which was meant.
    private const int MinLength = 4;

    private const string SelectTermsSql = "SELECT term AS Term, doc AS Sections FROM SearchVocabulary";

    private readonly PerVersion<ILookup<char, (string Term, long Sections)>> vocabulary = new();

    /// <summary>The corrected word, or null when no term is close enough.</summary>
    public string? Suggest(SqliteConnection connection, SqliteTransaction transaction, long version, string word)
    {
        // One token, as the index would hold it: a word of several ("XCM-v3") is not corrected.
        if (Tokenizer.Tokens(word) is not [{ Folded: var folded }] || folded.Length < MinLength || !folded.All(char.IsAsciiLetterLower))
            return null;
        var terms = vocabulary.Get(version, () => connection
            .Query<(string Term, long Sections)>(SelectTermsSql, transaction: transaction)
            .Where(t => t.Term.Length >= 3 && t.Term.All(char.IsAsciiLetterLower))
            .ToLookup(t => t.Term[0]));

        (string Word, int Distance, long Sections)? best = null;
        foreach (var (term, sections) in terms[folded[0]])
        {
            if (Closest(folded, term) is not { } candidate)
                continue;
            if (best is null || candidate.Distance < best.Value.Distance
                || (candidate.Distance == best.Value.Distance && sections > best.Value.Sections))
                best = (candidate.Word, candidate.Distance, sections);
        }
        return best?.Word;
    }

    /// <summary>How close a term is to the word, whole or as its start, and the word it suggests.</summary>
    public static (string Word, int Distance)? Closest(string word, string term)
    {
        if (word.Length < MinLength || term.Length < 3 || !term.All(char.IsAsciiLetterLower))
            return null;
        var allowed = word.Length <= 5 ? 1 : 2;
        (string Word, int Distance)? best = null;
        for (var cut = Math.Max(term.Length - allowed, 1); cut <= word.Length; cut++)
        {
            if (word.Length - cut > MaxSuffix)
                continue;
            var distance = Distance(word[..cut], term, allowed);
            if (distance == 0 && cut == word.Length)
                return null; // the word itself: nothing to correct
            if (distance > 0 && distance <= allowed && (best is null || distance < best.Value.Distance))
                best = (term + word[cut..], distance);
        }
        return best;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours counts one), or more than <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
