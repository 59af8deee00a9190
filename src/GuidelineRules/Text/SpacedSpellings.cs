namespace GuidelineRules.Text;

/// <summary>
/// A short katakana word with spaces put between some of its letters, inside a sentence (「あんなク ズが」,
/// 「くるジ ジ イまじで」): the normalizer joins letters spelled out one by one, but cannot join a word glued to the
/// words around it without joining ordinary spaced phrases too. Such a word's spaced spellings are patterns of their
/// own; the katakana-word check then asks that the letters around the spaces are katakana.
/// </summary>
internal static class SpacedSpellings
{
    // Longer words would make too many spellings (2^(n-1) - 1): insults and slurs are short.
    private const int MaxLength = 4;

    /// <summary>The spellings of <paramref name="folded"/> with one space in one or more of its gaps.</summary>
    public static IEnumerable<string> Of(string folded)
    {
        if (folded.Length < 2 || folded.Length > MaxLength)
        {
            yield break;
        }

        int gaps = folded.Length - 1;
        for (int mask = 1; mask < 1 << gaps; mask++)
        {
            var spelling = new System.Text.StringBuilder(folded.Length + gaps);
            for (int i = 0; i < folded.Length; i++)
            {
                spelling.Append(folded[i]);
                if (i < gaps && (mask & (1 << i)) != 0)
                {
                    spelling.Append(' ');
                }
            }

            yield return spelling.ToString();
        }
    }
}
