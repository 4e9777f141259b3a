using System.Globalization;
using System.Text;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>URL slugs from headings: "Tech Innovations Boost Kusama’s Development" -> "tech-innovations-boost-kusamas-development".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    /// <summary>ASCII letters and digits joined by single hyphens; diacritics dropped, apostrophes elided. May be empty.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var slug = new StringBuilder(Math.Min(decomposed.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                var hyphen = pendingHyphen && slug.Length > 0;
                if (slug.Length + (hyphen ? 2 : 1) > MaxLength)
                    break;
                if (hyphen)
                    slug.Append('-');
                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Slugs for a list of headings, unique within the list: empty ones become "section-N", repeats get "-2", "-3".</summary>
    public static IReadOnlyList<string> UniqueFor(IReadOnlyList<string> headings)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new List<string>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var slug = From(headings[i]);
            if (slug.Length == 0)
                slug = string.Create(CultureInfo.InvariantCulture, $"section-{i + 1}");
            var candidate = slug;
            for (var n = 2; !taken.Add(candidate); n++)
                candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            slugs.Add(candidate);
        }
        return slugs;
    }
}
