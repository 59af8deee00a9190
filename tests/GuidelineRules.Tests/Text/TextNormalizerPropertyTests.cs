using System.Text;
using GuidelineRules.Text;

namespace GuidelineRules.Tests.Text;

/// <summary>Properties of the fold on random and adversarial input, with a fixed seed so failures repeat.</summary>
public class TextNormalizerPropertyTests
{
    // Characters chosen to hit every path of the normalizer.
    private static readonly string[] Pieces =
    [
        "あ", "ば", "…", "〇", "カ", "ｶ", "ﾞ", "ﾟ", "\u3099", "゛", "ー", "ｰ", "―", "-", "－", " ", "　", ".", "．", "・", "､", "、", "。",
        "a", "Z", "Ａ", "0", "９", "⑳", "㍿", "㊙", "\u200B", "\u200D", "\uFE0F", "\uFE00", "馬", "鹿", "!", "「", "」", "\n", "\r\n",
        "😀", "👨\u200D👩\u200D👧", "🏳️\u200D🌈", "𝐛", "\uD800", "\uDC00", "\uDB40\uDD00", "ｳﾞ", "ｶﾞ", "が", "@", "/", ":", "(", ")",
    ];

    private static IEnumerable<string> Inputs()
    {
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("PROP_SEED") ?? "20261124", System.Globalization.CultureInfo.InvariantCulture));
        for (int n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 24);
            for (int i = 0; i < length; i++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return sb.ToString();
        }
    }

    [Test]
    public void Every_folded_character_maps_inside_the_original_without_splitting_surrogate_pairs()
    {
        foreach (string input in Inputs())
        {
            var text = TextNormalizer.Normalize(input);
            int previousStart = 0;
            for (int i = 0; i < text.Folded.Length; i++)
            {
                var span = text.MapToOriginal(i, 1);
                span.Start.Should().BeGreaterThanOrEqualTo(previousStart, "starts are monotonic in {0}", Escape(input));
                span.Length.Should().BeGreaterThan(0);
                span.End.Should().BeLessThanOrEqualTo(input.Length);
                SplitsPair(input, span.Start).Should().BeFalse("start {0} splits a pair in {1}", span.Start, Escape(input));
                SplitsPair(input, span.End).Should().BeFalse("end {0} splits a pair in {1}", span.End, Escape(input));
                previousStart = span.Start;
            }
        }
    }

    [Test]
    public void Every_folded_character_comes_from_the_code_units_it_maps_to()
    {
        // Folding a character's original range on its own gives back that character: the map points at the right
        // code units, not merely at some inside the text.
        foreach (string input in Inputs())
        {
            var text = TextNormalizer.Normalize(input);
            for (int i = 0; i < text.Folded.Length; i++)
            {
                var span = text.MapToOriginal(i, 1);
                string source = input.Substring(span.Start, span.Length);
                if (source.Length == 1 && char.IsSurrogate(source[0]))
                {
                    text.Folded[i].Should().Be('\uFFFD', "a lone surrogate in {0} folds to the replacement character", Escape(input));
                    continue;
                }

                TextNormalizer.Normalize(source).Folded.Should().Contain(text.Folded[i].ToString(), "folded character {0} of {1} maps to {2}", i, Escape(input), Escape(source));
            }
        }
    }

    [Test]
    public void Runs_of_kana_and_kanji_of_any_length_fold_in_place()
    {
        // Long runs take the vectorized path eight characters at a time; punctuation and line breaks end a run
        // anywhere in a block, and texts end anywhere in one. Katakana shifts to hiragana, the rest stays, and
        // every folded character maps to the code unit at its own index.
        const string Letters = "千葉市役所検討中あいうえおがぱゐゔゖアイウエオガパヰヴヵヶァ";
        const string Others = "。、\n「」！";
        var random = new Random(20261124);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(12) == 0 ? Others[random.Next(Others.Length)] : Letters[random.Next(Letters.Length)];
            }

            string input = new(chars);
            var text = TextNormalizer.Normalize(input);
            text.Folded.Should().HaveLength(input.Length, "nothing in {0} is dropped or joined", input);
            for (int i = 0; i < input.Length; i++)
            {
                char c = input[i];
                char expected = c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c == '！' ? '!' : c;
                text.Folded[i].Should().Be(expected, "character {0} of {1}", i, input);
                text.MapToOriginal(i, 1).Should().Be(new TextSpan(i, 1), "character {0} of {1}", i, input);
            }
        }
    }

    // Inputs the random search found folding differently the second time, while separator runs were being added.
    [TestCase("0\uFF64\u200D\u3000a\u200D\uFE0F\u000A\uD83D\uDE00\uFF9F\uFF9E\uFF9E\u30FC\uFE0F\u3000a\u2026\u3042")]
    [TestCase("\u3001Z\u3000\u2026\u3070\uFF9F\u000D\u000A")]
    [TestCase("\u200D\uFF19\u2026\uFF9E\u3001\uFF76\uFF9E\u99AC\u200B \uFF76\uFF9E\u200B\u200D \u200D\uD800")]
    [TestCase("!\u30FB@\uFE000\uFF19\uFF76\u3001\uD800\u000A!\uFF76\uFF9E\u30FB@\uDB40\uDD00\u3299 \uFF73\uFF9E\uFF9F\uFF64")]
    [TestCase("\uD83D\uDE00\u3299\u99AC\u3000\u3070\uDB40\uDD00 \u3099\u300D")]
    [TestCase("a\uFF70\u3000\uFF70\u30FC\u3000\uFF64\uFF70.\uDB40\uDD00\u9E7F")]
    [TestCase("\u337F\u3000\u30FC\uDB40\uDD00\u2015\uFF0E\u300D\u3002")]
    public void Folding_is_idempotent_on(string input)
    {
        string once = TextNormalizer.Normalize(input).Folded;
        TextNormalizer.Normalize(once).Folded.Should().Be(once);
    }

    [Test]
    public void Folding_is_idempotent()
    {
        foreach (string input in Inputs())
        {
            string once = TextNormalizer.Normalize(input).Folded;
            string twice = TextNormalizer.Normalize(once).Folded;
            twice.Should().Be(once, "folding {0} again changed it", Escape(input));
        }
    }

    [Test]
    public void Any_folded_range_maps_to_a_range_inside_the_original()
    {
        var random = new Random(7);
        foreach (string input in Inputs())
        {
            var text = TextNormalizer.Normalize(input);
            if (text.Folded.Length == 0)
            {
                continue;
            }

            int start = random.Next(text.Folded.Length);
            int length = random.Next(text.Folded.Length - start + 1);
            var span = text.MapToOriginal(start, length);
            span.Start.Should().BeInRange(0, input.Length);
            span.End.Should().BeInRange(span.Start, input.Length);
        }
    }

    private static bool SplitsPair(string s, int offset) =>
        offset > 0 && offset < s.Length && char.IsHighSurrogate(s[offset - 1]) && char.IsLowSurrogate(s[offset]);

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
