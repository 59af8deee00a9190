using GuidelineRules.Scanning;

namespace GuidelineRules.Tests.Scanning;

public class MultiPatternMatcherTests
{
    private struct ListSink : IMatchSink
    {
        public List<(int Pattern, int Start, int End)> Matches;

        public void OnMatch(int pattern, int start, int end) => Matches.Add((pattern, start, end));
    }

    [Test]
    public void Finds_overlapping_and_nested_matches()
    {
        var automaton = new MultiPatternMatcher(["he", "she", "his", "hers"]);
        var sink = new ListSink { Matches = [] };
        automaton.Scan("ushers", ref sink);
        sink.Matches.Should().BeEquivalentTo([(1, 1, 4), (0, 2, 4), (3, 2, 6)]);
    }

    [Test]
    public void Finds_exactly_what_a_naive_search_finds_on_random_input()
    {
        var random = new Random(42);
        const string alphabet = "あいうアイ馬鹿ab.-\uD83D\uDE00";
        for (int round = 0; round < 300; round++)
        {
            var patterns = new HashSet<string>(StringComparer.Ordinal);
            int count = random.Next(1, 40);
            while (patterns.Count < count)
            {
                patterns.Add(RandomString(random, alphabet, random.Next(1, 5)));
            }

            var list = patterns.ToList();
            var automaton = new MultiPatternMatcher(list);
            // Some texts are longer than the matcher's block of candidates, so that matches across block boundaries are seen.
            string text = RandomString(random, alphabet, round % 10 == 0 ? random.Next(500, 1600) : random.Next(0, 200));
            var sink = new ListSink { Matches = [] };
            automaton.Scan(text, ref sink);

            var expected = new List<(int, int, int)>();
            for (int p = 0; p < list.Count; p++)
            {
                for (int at = text.IndexOf(list[p], StringComparison.Ordinal); at >= 0; at = text.IndexOf(list[p], at + 1, StringComparison.Ordinal))
                {
                    expected.Add((p, at, at + list[p].Length));
                }
            }

            // Two patterns never share a start and an end, so in the promised order (start, then end) the lists are equal.
            expected.Sort((a, b) => a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : a.Item3.CompareTo(b.Item3));
            sink.Matches.Should().Equal(expected, "round {0}: text {1}", round, text);
        }
    }

    [Test]
    public void Reports_a_pattern_listed_twice_under_both_indexes_and_keeps_prefixes_apart()
    {
        var automaton = new MultiPatternMatcher(["ばか", "ば", "ばか", "かば", "ばかり"]);
        var sink = new ListSink { Matches = [] };
        automaton.Scan("ばかばかり", ref sink);
        sink.Matches.Should().Equal(
            (1, 0, 1), (0, 0, 2), (2, 0, 2), (3, 1, 3), (1, 2, 3), (0, 2, 4), (2, 2, 4), (4, 2, 5));
    }

    [Test]
    public void Rejects_empty_patterns() =>
        FluentActions.Invoking(() => new MultiPatternMatcher(["a", string.Empty])).Should().Throw<ArgumentException>();

    private static string RandomString(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
