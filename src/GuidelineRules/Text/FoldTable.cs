using System.Collections.Frozen;
using System.Text;

namespace GuidelineRules.Text;

/// <summary>What the normalizer does with one UTF-16 code unit.</summary>
internal enum FoldKind : byte
{
    /// <summary>Emit <see cref="FoldTable.Simple"/>; a word character.</summary>
    Word = 0,

    /// <summary>Emit <see cref="FoldTable.Simple"/>; ends a word (punctuation, symbols, line breaks).</summary>
    Boundary,

    /// <summary>Drop: zero-width characters, variation selectors, other default-ignorables.</summary>
    Drop,

    /// <summary>Whitespace between words: may be dropped between letters spelled out one by one.</summary>
    SpaceSeparator,

    /// <summary>A dot or middle dot: may be dropped when inserted between letters.</summary>
    DotSeparator,

    /// <summary>A voiced or semi-voiced sound mark that composes with the previous kana.</summary>
    SoundMark,

    /// <summary>Expands to several characters (NFKC compatibility expansions such as ⑳ or ㍿).</summary>
    Expansion,

    /// <summary>
    /// URL punctuation (<c>: / - _ @ # % &amp; = + ~ ?</c>): part of a word after an ASCII character, so that
    /// 「h t t p s : / /」 is letters spelled out one by one; a boundary after other text, so that 「リンク：h t t p」
    /// does not glue the colon to the first letter.
    /// </summary>
    Joiner,

    /// <summary>A high surrogate: the pair is looked at as one code point.</summary>
    HighSurrogate,
}

/// <summary>
/// The per-character folding the hot path uses: NFKC, katakana to hiragana, lower case, dash and long-vowel
/// variants, ignorables dropped. Built once per process from the runtime's own NFKC, so it follows the
/// Unicode version of the runtime; a table fold is not a complete NFKC, combining sequences are handled by
/// <see cref="FoldKind.SoundMark"/> and the rest are left as they are.
/// </summary>
internal static class FoldTable
{
    public const char LongVowelMark = 'ー';
    public const char VoicedMark = '\u3099';
    public const char SemiVoicedMark = '\u309A';
    public const char ClassificationMark = '\u3299';

    public static readonly char[] Simple = new char[65536];

    // Characters NFKC would change that fold to themselves instead: ㊙ and the punctuation whose expansion has dots or
    // spaces. Terms keep them too.
    private static readonly bool[] KeptWhole = new bool[65536];

    /// <summary>Kind and folded character in one entry (kind &lt;&lt; 16 | char): one cache line touched per character, not two.</summary>
    public static readonly uint[] Entries = new uint[65536];
    public static readonly FoldKind[] Kinds = new FoldKind[65536];
    public static readonly char[] Voiced = new char[65536];
    public static readonly char[] SemiVoiced = new char[65536];
    public static readonly FrozenDictionary<char, string> Expansions;
    public static readonly FrozenDictionary<int, char> SupplementaryFolds;

    /// <summary>
    /// Whether the runtime can normalize Unicode (it cannot with <c>InvariantGlobalization</c>, where NFKC silently does
    /// nothing): without it full-width and half-width disguises would pass unseen, so the pipeline refuses to build.
    /// </summary>
    public static bool NormalizationAvailable { get; } = ProbeNormalization();

    private static bool ProbeNormalization()
    {
        try
        {
            return "\uFF21\uFF76".Normalize(NormalizationForm.FormKC) == "A\u30AB";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

    static FoldTable()
    {
        var expansions = new Dictionary<char, string>();
        for (int i = 0; i < 65536; i++)
        {
            char c = (char)i;
            Simple[i] = c;
            if (char.IsSurrogate(c))
            {
                // A lone surrogate folds to U+FFFD, so that two lone halves never make a pair when folded again.
                Kinds[i] = char.IsHighSurrogate(c) ? FoldKind.HighSurrogate : FoldKind.Boundary;
                Simple[i] = '\uFFFD';
                continue;
            }

            if (IsIgnorable(c))
            {
                Kinds[i] = FoldKind.Drop;
                continue;
            }

            string folded = FoldString(c.ToString());
            if (folded.Length == 1)
            {
                char f = folded[0];
                Simple[i] = f;
                Kinds[i] = ClassifyFolded(f);
            }
            else if (folded.Length == 0)
            {
                Kinds[i] = FoldKind.Drop;
            }
            else if (folded.AsSpan().IndexOfAny(" .") >= 0)
            {
                // 「…」 (NFKC: three dots), 「⒈」, spacing accents: punctuation of their own. Expanded, their dots and
                // spaces would be separators that folding again treats differently from the one character they were.
                Kinds[i] = FoldKind.Boundary;
                KeptWhole[i] = true;
            }
            else
            {
                expansions[c] = folded;
                Kinds[i] = FoldKind.Expansion;
            }
        }

        // Sound marks arrive as combining (U+3099), spacing (U+309B) or half-width (U+FF9E) forms.
        foreach (char mark in "\u3099\u309A\u309B\u309C\uFF9E\uFF9F")
        {
            Kinds[mark] = FoldKind.SoundMark;
            Simple[mark] = mark is '\u3099' or '\u309B' or '\uFF9E' ? VoicedMark : SemiVoicedMark;
        }

        for (int i = 0x3040; i <= 0x30FF; i++)
        {
            Voiced[i] = Compose((char)i, VoicedMark);
            SemiVoiced[i] = Compose((char)i, SemiVoicedMark);
        }

        // ㊙ is a classification mark on documents, not the kanji 秘 that also sits in 便秘 or 秘密のレシピ.
        expansions.Remove(ClassificationMark);
        Simple[ClassificationMark] = ClassificationMark;
        Kinds[ClassificationMark] = FoldKind.Word;
        KeptWhole[ClassificationMark] = true;

        Expansions = expansions.ToFrozenDictionary();
        for (int i = 0; i < 65536; i++)
        {
            Entries[i] = ((uint)Kinds[i] << 16) | Simple[i];
        }

        // The normalizer's fast path relies on these blocks folding trivially; fail loudly if a runtime's
        // Unicode data ever disagrees.
        for (int i = 0x4E00; i <= 0x9FFF; i++)
        {
            CheckTrivialFold((char)i, (char)i);
        }

        for (int i = 0x3041; i <= 0x3096; i++)
        {
            CheckTrivialFold((char)i, (char)i);
        }

        for (int i = 0x30A1; i <= 0x30F6; i++)
        {
            CheckTrivialFold((char)i, (char)(i - 0x60));
        }

        // Mathematical alphanumerics (𝐛𝐚𝐤𝐚) and enclosed supplements fold to ASCII letters and digits.
        var supplementary = new Dictionary<int, char>();
        foreach (var (first, last) in new[] { (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF) })
        {
            for (int cp = first; cp <= last; cp++)
            {
                if (!Rune.IsValid(cp))
                {
                    continue;
                }

                string s = char.ConvertFromUtf32(cp);
                string f = FoldString(s);
                if (f.Length == 1 && f[0] < 0x80)
                {
                    supplementary[cp] = f[0];
                }
            }
        }

        SupplementaryFolds = supplementary.ToFrozenDictionary();
    }

    private static void CheckTrivialFold(char c, char expected)
    {
        if (Kinds[c] != FoldKind.Word || Simple[c] != expected)
        {
            throw new InvalidOperationException($"U+{(int)c:X4} does not fold to U+{(int)expected:X4} as the normalizer's fast path assumes.");
        }
    }

    /// <summary>Folds a whole string char by char (no separator handling): used for terms and table building.</summary>
    public static string FoldString(string s)
    {
        // ㊙ and 「…」 stay themselves, as in the text fold (see the constructor); what lies between them is normalized.
        var kept = new StringBuilder(s.Length);
        int from = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || KeptWhole[s[i]])
            {
                kept.Append(NormalizeKC(s[from..i]));
                if (i < s.Length)
                {
                    kept.Append(s[i]);
                }

                from = i + 1;
            }
        }

        string nfkc = kept.ToString();

        var sb = new StringBuilder(nfkc.Length);
        foreach (char ch in nfkc)
        {
            if (IsIgnorable(ch))
            {
                continue;
            }

            char f = FoldScript(ch);
            if (f == LongVowelMark && sb.Length > 0 && sb[^1] == LongVowelMark)
            {
                continue;
            }

            sb.Append(f);
        }

        return sb.ToString();
    }

    private static string NormalizeKC(string s)
    {
        // Most terms are kana, kanji and ASCII, which NFKC leaves as they are; ICU costs most of a pipeline build.
        if (IsNfkcStable(s))
        {
            return s;
        }

        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s; // invalid code points (lone surrogates) stay as they are
        }
    }

    // Characters NFKC maps to themselves and that no following character composes with: printable ASCII, hiragana,
    // katakana, the long-vowel mark, CJK unified ideographs and the common Japanese punctuation.
    private static bool IsNfkcStable(string s)
    {
        foreach (char c in s)
        {
            if (c is not ((>= ' ' and <= '~') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC'
                or (>= '\u4E00' and <= '\u9FFF') or '\u3001' or '\u3002' or (>= '\u300C' and <= '\u300F')))
            {
                return false;
            }
        }

        return true;
    }

    private static char FoldScript(char ch)
    {
        // Katakana to hiragana (ァ..ヶ), the fold NFKC does not do.
        if (ch is >= '\u30A1' and <= '\u30F6')
        {
            return (char)(ch - 0x60);
        }

        switch (ch)
        {
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\uFE63' or '\uFF0D':
                return '-';
            case '\u2014' or '\u2015' or '\u2500' or '\u2501' or '\uFF70' or '\u30FC':
                return LongVowelMark;
            case '\u3000':
                return ' ';
            default:
                break;
        }

        if (ch < '\u0080')
        {
            return char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
        }

        return Latin(ch) ?? char.ToLowerInvariant(ch);
    }

    /// <summary>
    /// Cyrillic and Greek letters that look like Latin ones (UTS #39 confusables), as the Latin letter: hosts and
    /// words such as 「xvidеos」 with a Cyrillic е read as Latin. Text in those scripts only folds oddly for matching.
    /// </summary>
    private static char? Latin(char ch) => ch switch
    {
        'а' or 'А' or 'Α' or 'α' => 'a',
        'В' or 'Β' => 'b',
        'с' or 'С' or 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' or 'Е' or 'Ε' => 'e',
        'һ' or 'Н' or 'Η' => 'h',
        'і' or 'І' or 'Ι' or 'ι' => 'i',
        'ј' or 'Ј' => 'j',
        'К' or 'Κ' or 'κ' => 'k',
        'ӏ' => 'l',
        'М' or 'Μ' => 'm',
        'Ν' => 'n',
        'о' or 'О' or 'Ο' or 'ο' => 'o',
        'р' or 'Р' or 'Ρ' or 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' or 'Ѕ' => 's',
        'Т' or 'Τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ԝ' => 'w',
        'х' or 'Х' or 'Χ' or 'χ' => 'x',
        'у' or 'У' or 'Υ' => 'y',
        'Ζ' => 'z',
        _ => null,
    };

    private static FoldKind ClassifyFolded(char f)
    {
        if (f is ' ' or '\t' or '\u00A0')
        {
            return FoldKind.SpaceSeparator;
        }

        if (f is '.' or '\u30FB' or '\u00B7' or '\u2027' or '\u2022')
        {
            return FoldKind.DotSeparator;
        }

        if (char.IsLetterOrDigit(f) || f == LongVowelMark || f is '々' or 'ゝ' or 'ゞ' or '〆' or '〇')
        {
            return FoldKind.Word;
        }

        return f is ':' or '/' or '-' or '_' or '@' or '#' or '%' or '&' or '=' or '+' or '~' or '?'
            ? FoldKind.Joiner
            : FoldKind.Boundary;
    }

    /// <summary>Unicode Default_Ignorable_Code_Point in the BMP, and other invisible fillers.</summary>
    public static bool IsIgnorable(char c) => c switch
    {
        '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u3164' or '\uFEFF' or '\uFFA0' => true,
        >= '\u180B' and <= '\u180F' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u206F' => true,
        >= '\uFE00' and <= '\uFE0F' => true,
        >= '\uFFF0' and <= '\uFFF8' => true,
        _ => false,
    };

    /// <summary>Default-ignorable supplementary code points: tags and variation selectors 17-256.</summary>
    public static bool IsIgnorable(int codePoint) =>
        codePoint is (>= 0xE0000 and <= 0xE0FFF) or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A);

    private static char Compose(char kana, char mark)
    {
        string composed = string.Concat(kana.ToString(), mark.ToString()).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? FoldScript(composed[0]) : '\0';
    }
}
