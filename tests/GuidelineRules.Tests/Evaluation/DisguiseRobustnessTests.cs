using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

/// <summary>
/// The dev corpus and the challenge sets disguised: each transform is applied to the evidence of every violating post
/// (the words a poster would disguise) and to the whole of every clean post. A violation found in the plain post must still be found in
/// the disguised one, and a clean post must stay clean. The floors are the figures measured when this test was
/// written (ninth session); a change that loses a disguised violation fails here.
/// </summary>
public class DisguiseRobustnessTests
{
    private const string HalfWidthKana = "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";

    private static readonly Dictionary<char, string> ToHalfWidth = BuildHalfWidth();

    // Evidence already written with separators between its letters (「拡 散 希 望」) is not disguised a second time.
    private static readonly Regex SpelledOut = new(@"\S[ .・\u3000]\S[ .・\u3000]\S", RegexOptions.CultureInvariant);

    private static readonly Regex HostDot = new(@"(?<=[a-z0-9])\.(?=[a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex HostLike = new(@"[a-z0-9]\.[a-z0-9]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, Func<string, string>> Transforms = new()
    {
        ["full-width"] = s => Map(s, c => c is > ' ' and <= '~' ? ((char)(c + 0xFEE0)).ToString() : c == ' ' ? "\u3000" : c.ToString()),
        ["katakana"] = s => Map(s, c => ToKatakana(c).ToString()),
        ["hiragana"] = s => Map(s, c => c is >= 'ァ' and <= 'ヶ' ? ((char)(c - 0x60)).ToString() : c.ToString()),
        ["half-width kana"] = s => Map(s, c => ToHalfWidth.TryGetValue(ToKatakana(c), out var half) ? half : c.ToString()),
        ["zero-width spaces"] = s => Between(s, "\u200B", lettersOnly: false),
        ["variation selectors"] = s => Map(s, c => char.IsSurrogate(c) || IsSoundMark(c) ? c.ToString() : c + "\uFE0F"),
        ["spaces"] = s => Between(s, " ", lettersOnly: false),
        ["ideographic spaces"] = s => Between(s, "\u3000", lettersOnly: false),
        ["dots"] = s => IsLink(s) ? s : Between(s, ".", lettersOnly: true),
        ["middle dots"] = s => IsLink(s) ? s : Between(s, "・", lettersOnly: true),
        ["upper case"] = s => s.ToUpperInvariant(),
        ["dots as words"] = s => HostLike.IsMatch(s) && !s.Contains("[.]", StringComparison.Ordinal) ? HostDot.Replace(s, "(dot)") : s,
        ["dots in katakana"] = s => HostLike.IsMatch(s) && !s.Contains("[.]", StringComparison.Ordinal) ? HostDot.Replace(s, "ドット") : s,
        ["Cyrillic lookalikes"] = s => Map(s, c => "aceopxyiABCEHKMOPTXY".IndexOf(c, StringComparison.Ordinal) is int k and >= 0 ? "асеорхуіАВСЕНКМОРТХУ"[k].ToString() : c.ToString()),
        ["lookalike kanji"] = s => Map(s, c => "カロニハエトター".IndexOf(c, StringComparison.Ordinal) is int k and >= 0 ? "力口二八工卜夕一"[k].ToString() : c.ToString()),
        ["kanji digits"] = s => Map(s, c => c is >= '0' and <= '9' ? "〇一二三四五六七八九"[c - '0'].ToString() : c.ToString()),
        ["defanged"] = s => s.Contains("hxxp", StringComparison.Ordinal) || s.Contains("[.]", StringComparison.Ordinal) || !HostLike.IsMatch(s)
            ? s
            : s.Replace("https://", "hxxps://", StringComparison.Ordinal).Replace("http://", "hxxp://", StringComparison.Ordinal).Replace(".", "[.]", StringComparison.Ordinal),
    };

    private static readonly Lazy<IGuidelineAnalyzer> Analyzer = new(GuidelinePipeline.CreateDefault);

    // The challenge sets' violations the rules catch: posts in new wording, disguised the same ways.
    private static readonly Lazy<IReadOnlyList<LabeledPost>> ChallengePosts = new(() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Challenge"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(CorpusReader.ReadFile)
            .ToList());

    // Measured when written: violations kept / violations the plain posts showed (the transform changed the evidence).
    [TestCase("full-width", 42, 42)]
    [TestCase("katakana", 133, 133)]
    [TestCase("hiragana", 51, 51)]
    [TestCase("half-width kana", 134, 134)]
    [TestCase("zero-width spaces", 154, 154)]
    [TestCase("variation selectors", 154, 154)]
    [TestCase("spaces", 154, 154)]
    [TestCase("ideographic spaces", 154, 154)]
    [TestCase("dots", 144, 149)]
    [TestCase("middle dots", 144, 149)]
    [TestCase("upper case", 19, 19)]
    [TestCase("dots as words", 7, 7)]
    [TestCase("dots in katakana", 7, 7)]
    [TestCase("Cyrillic lookalikes", 22, 22)]
    [TestCase("lookalike kanji", 27, 28)]
    [TestCase("kanji digits", 23, 23)]
    [TestCase("defanged", 8, 8)]
    public void Disguised_evidence_is_still_caught(string transform, int keptFloor, int expectedTotal) =>
        AssertKept(DevCorpus.All, transform, keptFloor, expectedTotal);

    [TestCase("full-width", 201, 201)]
    [TestCase("katakana", 1248, 1248)]
    [TestCase("hiragana", 282, 282)]
    [TestCase("half-width kana", 1285, 1285)]
    [TestCase("zero-width spaces", 1411, 1411)]
    [TestCase("variation selectors", 1411, 1411)]
    [TestCase("spaces", 1404, 1411)]
    [TestCase("ideographic spaces", 1404, 1411)]
    [TestCase("dots", 1359, 1390)]
    [TestCase("middle dots", 1353, 1390)]
    [TestCase("upper case", 99, 99)]
    [TestCase("dots as words", 44, 44)]
    [TestCase("dots in katakana", 44, 44)]
    [TestCase("Cyrillic lookalikes", 117, 117)]
    [TestCase("lookalike kanji", 161, 162)]
    [TestCase("kanji digits", 113, 115)]
    [TestCase("defanged", 46, 47)]
    public void Disguised_evidence_of_the_challenge_sets_is_still_caught(string transform, int keptFloor, int expectedTotal) =>
        AssertKept(ChallengePosts.Value, transform, keptFloor, expectedTotal);

    private static void AssertKept(IReadOnlyList<LabeledPost> posts, string transform, int keptFloor, int expectedTotal)
    {
        var disguise = Transforms[transform];
        int total = 0;
        int kept = 0;
        var lost = new List<string>();
        foreach (var post in posts.Where(p => p.Labels.Count > 0))
        {
            string disguised = post.Text;
            foreach (string evidence in post.Evidence.Where(e => e.Length > 0 && !SpelledOut.IsMatch(e)).OrderByDescending(e => e.Length))
            {
                disguised = disguised.Replace(evidence, disguise(evidence), StringComparison.Ordinal);
            }

            if (disguised == post.Text)
            {
                continue;
            }

            var before = Categories(post.Text);
            var after = Categories(disguised);
            foreach (string label in post.Labels.Where(before.Contains))
            {
                total++;
                if (after.Contains(label))
                {
                    kept++;
                }
                else
                {
                    lost.Add($"{post.Id} {label}: {disguised}");
                }
            }
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{transform}: kept {kept}/{total} = {(double)kept / total:F3}"));
        lost.ForEach(l => TestContext.Out.WriteLine("  lost " + l));
        total.Should().Be(expectedTotal, "the corpus and the transform decide which violations are disguised");
        kept.Should().BeGreaterThanOrEqualTo(keptFloor, "disguised violations lost: {0}", string.Join(" | ", lost));
    }

    // Whole posts written with spaces between letters, in katakana or full-width, pasted with invisible characters:
    // what an innocent post may look like. Dots between every letter or kanji digits are not.
    [TestCase("full-width")]
    [TestCase("katakana")]
    [TestCase("hiragana")]
    [TestCase("half-width kana")]
    [TestCase("zero-width spaces")]
    [TestCase("variation selectors")]
    [TestCase("spaces")]
    [TestCase("ideographic spaces")]
    [TestCase("upper case")]
    [TestCase("Cyrillic lookalikes")]
    public void Disguised_clean_posts_stay_clean(string transform)
    {
        var disguise = Transforms[transform];
        var flagged = new List<string>();
        foreach (var post in DevCorpus.All.Concat(ChallengePosts.Value).Where(p => p.Labels.Count == 0 && Categories(p.Text).Count == 0))
        {
            string disguised = disguise(post.Text);
            var after = Categories(disguised);
            if (after.Count > 0)
            {
                flagged.Add($"{post.Id} [{string.Join(",", after)}]: {disguised}");
            }
        }

        flagged.Should().BeEmpty();
    }

    [Test]
    public void The_transforms_disguise_what_they_say()
    {
        Transforms["spaces"]("ｶﾞｲｼﾞ").Should().Be("ｶﾞ ｲ ｼﾞ", "a sound mark stays on its letter");
        Transforms["half-width kana"]("がいじ").Should().Be("ｶﾞｲｼﾞ");
        Transforms["dots"]("大麻、だめ").Should().Be("大.麻、だ.め");
        Transforms["dots"]("https://ex.com").Should().Be("https://ex.com", "a link is disguised by defanging it");
        Transforms["defanged"]("https://ex.com").Should().Be("hxxps://ex[.]com");
        Transforms["variation selectors"]("ばか").Should().Be("ば\uFE0Fか\uFE0F");
        Transforms["lookalike kanji"]("バカとパスワード").Should().Be("バ力とパスワ一ド");
        Transforms["Cyrillic lookalikes"]("xvideos.com").Should().Be("\u0445v\u0456d\u0435\u043Es.\u0441\u043Em");
    }

    private static HashSet<string> Categories(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in Analyzer.Value.Analyze(text).Diagnostics)
        {
            set.Add(diagnostic.Descriptor.Category);
        }

        return set;
    }

    private static string Map(string s, Func<char, string> map)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (char c in s)
        {
            sb.Append(map(c));
        }

        return sb.ToString();
    }

    // Inserts the separator between characters, never inside a surrogate pair or before a sound mark.
    private static string Between(string s, string separator, bool lettersOnly)
    {
        var sb = new StringBuilder(s.Length * 2);
        for (int i = 0; i < s.Length; i++)
        {
            sb.Append(s[i]);
            if (i + 1 < s.Length && !char.IsHighSurrogate(s[i]) && !IsSoundMark(s[i + 1])
                && (!lettersOnly || (IsLetter(s[i]) && IsLetter(s[i + 1]))))
            {
                sb.Append(separator);
            }
        }

        return sb.ToString();
    }

    private static bool IsLetter(char c) => char.IsLetterOrDigit(c) || c is 'ー' or 'ｰ';

    private static bool IsSoundMark(char c) => c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A';

    private static bool IsLink(string s) =>
        s.Contains("://", StringComparison.Ordinal) || s.Contains("www", StringComparison.Ordinal) || s.Contains("[.]", StringComparison.Ordinal);

    private static char ToKatakana(char c) => c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c;

    private static Dictionary<char, string> BuildHalfWidth()
    {
        var map = new Dictionary<char, string>();
        foreach (char half in HalfWidthKana)
        {
            string full = half.ToString().Normalize(NormalizationForm.FormKC);
            map[full[0]] = half.ToString();
            string voiced = (full + "\u3099").Normalize(NormalizationForm.FormC);
            if (voiced.Length == 1)
            {
                map.TryAdd(voiced[0], half + "ﾞ");
            }

            string semiVoiced = (full + "\u309A").Normalize(NormalizationForm.FormC);
            if (semiVoiced.Length == 1)
            {
                map.TryAdd(semiVoiced[0], half + "ﾟ");
            }
        }

        return map;
    }
}
