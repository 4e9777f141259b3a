using System.Text;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// M. F. Porter's suffix-stripping algorithm (1980) exactly as SQLite's FTS5 "porter" tokenizer
/// runs it, so topics and search agree on which words are the same word ("auction", "auctions").
/// Takes one word as the tokenizer gives it (lower case, diacritics removed). Like FTS5 it works on
/// the word's UTF-8 bytes, any byte but a vowel a consonant ("1990s" is "1990"), leaves words of
/// fewer than 3 or more than 64 bytes alone, and wants a suffix shorter than the word ("ies" stays
/// "ie"). PorterStemmerAgreementTests holds it to SQLite's own.
/// </summary>
public static class PorterStemmer
{
    private const int MinBytes = 3;
    private const int MaxBytes = 64;

    public static string Stem(string word)
    {
        if (Ascii.IsValid(word))
            return word.Length is < MinBytes or > MaxBytes ? word : StemBytes(word);
        var bytes = Encoding.UTF8.GetBytes(word);
        if (bytes.Length is < MinBytes or > MaxBytes)
            return word;
        // One char a byte, as FTS5 sees the word, then back to text.
        return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(StemBytes(Encoding.Latin1.GetString(bytes))));
    }

    private static string StemBytes(string word)
    {
        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    /// <summary>The word being stemmed: b[0..k] is the current word, b[0..j] the stem before a suffix.</summary>
    private sealed class Word(string word)
    {
        private readonly char[] b = word.ToCharArray();
        private int k = word.Length - 1;
        private int j;

        public override string ToString() => new(b, 0, k + 1);

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m: the number of vowel-consonant sequences in b[0..j].</summary>
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (i <= j && IsConsonant(i))
                i++;
            while (i <= j)
            {
                while (i <= j && !IsConsonant(i))
                    i++;
                if (i > j)
                    break;
                n++;
                while (i <= j && IsConsonant(i))
                    i++;
            }
            return n;
        }

        private bool StemHasVowel()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                    return true;
            }
            return false;
        }

        private bool DoubleConsonantAt(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        // Step 1b's double consonant, where FTS5 counts a y as a consonant wherever it stands ("flyyed" is "fly").
        private bool DoubleNonVowelAt(int i) => i >= 1 && b[i] == b[i - 1] && b[i] is not ('a' or 'e' or 'i' or 'o' or 'u');

        /// <summary>*o: b[i-2..i] is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private bool CvcAt(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && b[i] is not ('w' or 'x' or 'y');

        // As FTS5's rules, a suffix only when something stands before it.
        private bool EndsWith(string suffix)
        {
            var length = suffix.Length;
            if (length >= k + 1 || !b.AsSpan(k - length + 1, length).SequenceEqual(suffix))
                return false;
            j = k - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.CopyTo(0, b, j + 1, replacement.Length);
            k = j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0)
                SetTo(replacement);
        }

        // Plurals and -ed/-ing.
        public void Step1A()
        {
            if (b[k] != 's')
                return;
            if (EndsWith("sses"))
                k -= 2;
            else if (EndsWith("ies"))
                SetTo("i");
            else if (k >= 1 && b[k - 1] != 's')
                k--;
        }

        public void Step1B()
        {
            if (EndsWith("eed"))
            {
                if (Measure() > 0)
                    k--;
                return;
            }
            if (!((EndsWith("ed") || EndsWith("ing")) && StemHasVowel()))
                return;

            k = j;
            if (EndsWith("at"))
                SetTo("ate");
            else if (EndsWith("bl"))
                SetTo("ble");
            else if (EndsWith("iz"))
                SetTo("ize");
            else if (DoubleNonVowelAt(k))
            {
                if (b[k] is not ('l' or 's' or 'z'))
                    k--;
            }
            else
            {
                j = k;
                if (Measure() == 1 && CvcAt(k))
                    SetTo("e");
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && StemHasVowel())
                b[k] = 'i';
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("logi", "log"),
        ];

        // Double suffixes to single ones: -ization -> -ize, -ational -> -ate.
        public void Step2()
        {
            if (k >= 1)
                ReplaceFirstMatch(Step2Rules);
        }

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        public void Step3() => ReplaceFirstMatch(Step3Rules);

        // The first rule whose suffix the word ends with decides, whether or not the stem is measured long enough.
        private void ReplaceFirstMatch((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (EndsWith(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
            "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];

        // Strip -ant, -ence and the like where the stem is long enough (m > 1).
        public void Step4()
        {
            if (k < 1)
                return;
            // The longest suffix that matches decides, whether or not its condition holds.
            string? matched = null;
            var stem = 0;
            foreach (var suffix in Step4Suffixes)
            {
                if (EndsWith(suffix) && (matched is null || suffix.Length > matched.Length))
                    (matched, stem) = (suffix, j);
            }
            if (matched is null)
                return;
            j = stem;
            if (matched == "ion" && !(j >= 0 && b[j] is 's' or 't'))
                return;
            if (Measure() > 1)
                k = j;
        }

        public void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                j = k - 1;
                var m = Measure();
                if (m > 1 || (m == 1 && !CvcAt(k - 1)))
                    k--;
            }
            j = k;
            if (b[k] == 'l' && DoubleConsonantAt(k) && Measure() > 1)
                k--;
        }
    }
}
