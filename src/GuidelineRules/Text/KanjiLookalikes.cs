namespace GuidelineRules.Text;

/// <summary>
/// Kanji written in place of the katakana they look like (「バ力」 for バカ, 「八ゲ」 for ハゲ, 「パスワ一ド」): the pairs of
/// Unicode's confusables table (UTS #39) between katakana and kanji. Folding cannot undo them, as 力, 口 and 一 are
/// common kanji, so a katakana word's spellings with them are patterns of their own.
/// </summary>
internal static class KanjiLookalikes
{
    // Folded katakana (hiragana) and the kanji that looks like the katakana.
    private const string Kana = "かろにはえとたー";
    private const string Kanji = "力口二八工卜夕一";

    // A word with more places than this gets no spellings (2^4 - 1 = 15 at most for one word).
    private const int MaxPlaces = 4;

    /// <summary>Whether <paramref name="text"/> is written in katakana alone.</summary>
    public static bool IsAllKatakana(string text)
    {
        foreach (char c in text)
        {
            if (!IsKatakana(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>Whether <paramref name="c"/> is katakana (full- or half-width), ー, or a sound mark.</summary>
    public static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\uFF66' and <= '\uFF9F') or '\u3099' or '\u309A';

    /// <summary>
    /// Whether every lookalike kanji in <paramref name="span"/> stands in katakana: in a run of katakana and
    /// lookalikes with at least one katakana letter (「リス力」, 「ポス夕一」, not 「協力」 or 「りす力」).
    /// </summary>
    public static bool StandsInKatakana(ReadOnlySpan<char> span)
    {
        bool runHasKatakana = false;
        bool runHasLookalike = false;
        foreach (char c in span)
        {
            if (IsKatakana(c))
            {
                runHasKatakana = true;
            }
            else if (IsLookalike(c))
            {
                runHasLookalike = true;
            }
            else if (FoldTable.Kinds[c] != FoldKind.Drop)
            {
                if (runHasLookalike && !runHasKatakana)
                {
                    return false;
                }

                runHasKatakana = false;
                runHasLookalike = false;
            }
        }

        return !runHasLookalike || runHasKatakana;
    }

    /// <summary>Whether <paramref name="c"/> is a kanji that looks like a katakana letter.</summary>
    public static bool IsLookalike(char c) => Kanji.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The spellings of a term's folded form with one or more of its katakana letters written as their lookalike
    /// kanji, except a spelling made of kanji alone: 「バカ」 gives 「ば力」, 「リスカすると」 gives 「りす力すると」.
    /// A term whose folding changed its length (sound marks composed) gets none.
    /// </summary>
    public static IEnumerable<string> Spellings(string text, string folded)
    {
        if (text.Length != folded.Length)
        {
            yield break;
        }

        var places = new List<int>();
        for (int i = 0; i < folded.Length; i++)
        {
            if (IsKatakana(text[i]) && Kana.Contains(folded[i], StringComparison.Ordinal))
            {
                places.Add(i);
            }
        }

        if (places.Count == 0 || places.Count > MaxPlaces)
        {
            yield break;
        }

        for (int mask = 1; mask < 1 << places.Count; mask++)
        {
            var chars = folded.ToCharArray();
            for (int k = 0; k < places.Count; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    chars[places[k]] = Kanji[Kana.IndexOf(folded[places[k]], StringComparison.Ordinal)];
                }
            }

            var spelling = new string(chars);
            if (!IsAllLookalikes(spelling))
            {
                yield return spelling;
            }
        }
    }

    private static bool IsAllLookalikes(string s)
    {
        foreach (char c in s)
        {
            if (!IsLookalike(c))
            {
                return false;
            }
        }

        return true;
    }
}
