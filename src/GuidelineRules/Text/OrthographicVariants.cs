using System.Text;

namespace GuidelineRules.Text;

/// <summary>
/// Other ways of writing a term that Japanese allows for the same words (表記ゆれ): kanji or kana for one word
/// (「方がいい」「ほうがいい」, 「分からない」「わからない」, 「本当に」「ほんとに」), ら-less potentials (「見れる」
/// 「見られる」), and 「、」 or 「。」 between two clauses. Each is a pattern of its own, made when the pipeline is
/// built, so that a list names a phrase once and posts in either writing are found; exceptions get the same
/// spellings, so what a term's exception leaves alone stays alone however it is written.
/// </summary>
internal static class OrthographicVariants
{
    // A term with many variable words would make too many spellings; the first ones are kept.
    private const int MaxSpellings = 16;

    // Each group: writings of one word, folded as terms are (katakana as hiragana). A writing that starts or ends
    // with a kanji stands for the word only where no other kanji touches it there: 「地方が」「事故」「皆様」 are
    // other words. Words whose kana spelling hides inside common words are left out: 馬鹿 as ばか would match
    // ばかり, 奴 as やつ おやつ, 殺し as ころし ところしか.
    private static readonly string[][] Groups =
    [
        ["ほうが", "方が"],
        ["ください", "下さい"],
        ["いい", "良い"],
        ["でき", "出来"],
        ["こと", "事"],
        ["とき", "時"],
        ["わか", "分か"],
        ["見れ", "見られ"],
        ["来れ", "来られ"],
        ["すべて", "全て"],
        ["ほんとう", "本当"],
        ["ほんとに", "本当に"],
        ["みんな", "皆"],
        ["いっしょ", "一緒"],
        ["たくさん", "沢山"],
        ["おまえ", "お前"],
        ["ぜったい", "絶対"],
        ["だめ", "駄目"],
        ["うわさ", "噂"],
        ["ひみつ", "秘密"],
        ["ないしょ", "内緒"],
        ["かくさん", "拡散"],
        ["まる見え", "丸見え"],
        ["、", "。"],
    ];

    // Writings by their first character, longest first: a term is read once, and most of its characters start none.
    private static readonly Dictionary<char, (string Writing, string[] Others)[]> WritingsByFirstChar = BuildWritings();

    /// <summary>The spellings of <paramref name="folded"/> with other writings of its words, itself not included.</summary>
    public static IReadOnlyList<string> Of(string folded)
    {
        // Where each variable word occurs, and what else it may be written as.
        var places = new List<(int Start, int Length, string[] Others)>();
        for (int i = 0; i < folded.Length; i++)
        {
            if (!WritingsByFirstChar.TryGetValue(folded[i], out var writings))
            {
                continue;
            }

            foreach (var (writing, others) in writings)
            {
                if (string.CompareOrdinal(folded, i, writing, 0, writing.Length) == 0 && StandsAlone(folded, i, writing))
                {
                    places.Add((i, writing.Length, others));
                    i += writing.Length - 1;
                    break;
                }
            }
        }

        var spellings = new List<string>();
        if (places.Count > 0)
        {
            Expand(folded, places, 0, 0, new StringBuilder(folded.Length + 8), changed: false, spellings);
        }

        return spellings;
    }

    private static void Expand(string folded, List<(int Start, int Length, string[] Others)> places, int place, int from, StringBuilder prefix, bool changed, List<string> spellings)
    {
        if (spellings.Count >= MaxSpellings)
        {
            return;
        }

        if (place == places.Count)
        {
            if (changed)
            {
                spellings.Add(prefix.ToString() + folded[from..]);
            }

            return;
        }

        var (start, length, others) = places[place];
        int mark = prefix.Length;
        prefix.Append(folded, from, start + length - from);
        Expand(folded, places, place + 1, start + length, prefix, changed, spellings);
        foreach (string other in others)
        {
            prefix.Length = mark;
            prefix.Append(folded, from, start - from).Append(other);
            Expand(folded, places, place + 1, start + length, prefix, changed: true, spellings);
        }

        prefix.Length = mark;
    }

    // Longer writings first, so that 「本当に」 is taken whole before 「本当」 could be taken from inside it.
    private static Dictionary<char, (string, string[])[]> BuildWritings()
    {
        var writings = new List<(string Writing, string[] Others)>();
        foreach (var group in Groups)
        {
            foreach (string writing in group)
            {
                writings.Add((writing, group.Where(w => w != writing).ToArray()));
            }
        }

        return writings
            .GroupBy(w => w.Writing[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Writing.Length).ToArray());
    }

    private static bool StandsAlone(string folded, int start, string writing)
    {
        int end = start + writing.Length;
        if (writing is "、" or "。")
        {
            // Between two clauses only: a term ending in 「。」 (「って。」) is a sentence's end, which 「、」 is not.
            return start > 0 && end < folded.Length;
        }

        return !(IsKanji(writing[0]) && start > 0 && IsKanji(folded[start - 1]))
            && !(IsKanji(writing[^1]) && end < folded.Length && IsKanji(folded[end]));
    }

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or '々';
}
