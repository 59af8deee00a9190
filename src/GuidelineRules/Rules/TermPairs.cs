using System.Buffers;

namespace GuidelineRules.Rules;

/// <summary>
/// A rule's <see cref="TermPair"/>s, compiled: puts a match of a pair together where the first word is followed by
/// the second within the pair's window, in the same sentence (or the next, where the pair says so), and hands the
/// rule its matches with those added, as if the pair were one term spanning both words. Nothing is allocated: the
/// list is built in the workspace, and only when a pair is found.
/// </summary>
internal sealed class TermPairs
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。!?！？\n");

    private readonly string[] _firstKinds;
    private readonly string[] _secondKinds;
    private readonly Term[] _pairTerms;
    private readonly int[] _windows;
    private readonly int[] _sentenceBreaksAllowed;

    private TermPairs(List<TermPair> pairs)
    {
        _firstKinds = new string[pairs.Count];
        _secondKinds = new string[pairs.Count];
        _pairTerms = new Term[pairs.Count];
        _windows = new int[pairs.Count];
        _sentenceBreaksAllowed = new int[pairs.Count];
        for (int p = 0; p < pairs.Count; p++)
        {
            var pair = pairs[p];
            _firstKinds[p] = TermPair.FirstKind(pair.Kind, p);
            _secondKinds[p] = TermPair.SecondKind(pair.Kind, p);
            _pairTerms[p] = new Term($"{pair.First[0]}…{pair.Second[0]}", pair.Kind) { IsTrigger = pair.Trigger, Weight = pair.Weight };
            _windows[p] = pair.Window;
            _sentenceBreaksAllowed[p] = pair.NextSentence ? 1 : 0;
        }
    }

    /// <summary>Compiles <paramref name="pairs"/>, or returns <see langword="null"/> when there are none.</summary>
    /// <exception cref="InvalidOperationException">A pair has no kind, an empty list, or a window out of range.</exception>
    public static TermPairs? Create(List<TermPair> pairs, string dataName)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        for (int p = 0; p < pairs.Count; p++)
        {
            var pair = pairs[p];
            string? problem = string.IsNullOrWhiteSpace(pair.Kind) ? "has no kind"
                : pair.First.Count == 0 || pair.Second.Count == 0 ? "needs words in both 'first' and 'second'"
                : pair.Window is < 0 or > TermPair.MaxWindow ? $"has window {pair.Window}, outside 0..{TermPair.MaxWindow}"
                : null;
            if (problem is not null)
            {
                throw new InvalidOperationException($"Rule data '{dataName}': pair {p} {problem}.");
            }
        }

        return new TermPairs(pairs);
    }

    /// <summary>The context's matches with every pair found added in start order; the same span when none is found.</summary>
    public ReadOnlySpan<TermMatch> Compose(in RuleContext context)
    {
        var matches = context.Matches;
        var folded = context.Folded;
        TermMatch[]? composed = null;
        int count = 0;
        for (int i = 0; i < matches.Length; i++)
        {
            var second = matches[i];
            int p = PairOfSecond(second.Term.Kind);
            if (p < 0 || IsCoveredByKind(matches, i, _pairTerms[p].Kind))
            {
                continue;
            }

            // The nearest first word before it: matches are in start order, so walk back until none can be near.
            int window = _windows[p];
            for (int j = i - 1; j >= 0 && matches[j].Start >= second.Start - window - Term.MaxFoldedLength; j--)
            {
                var first = matches[j];
                if (first.End > second.Start || second.Start - first.End > window
                    || !string.Equals(first.Term.Kind, _firstKinds[p], StringComparison.Ordinal)
                    || SentenceBreaks(folded[first.End..second.Start]) > _sentenceBreaksAllowed[p])
                {
                    continue;
                }

                if (composed is null)
                {
                    // Every second word can make at most one pair.
                    composed = context.RentComposedMatches(matches.Length * 2);
                    matches.CopyTo(composed);
                    count = matches.Length;
                }

                Insert(composed, ref count, new TermMatch(_pairTerms[p], first.Start, second.End));
                break;
            }
        }

        return composed is null ? matches : composed.AsSpan(0, count);
    }

    // A second word that is already a term of the pair's kind (「全文コピペ」 is a repost on its own) needs no pair:
    // the term's own, narrower span says where the problem is.
    private static bool IsCoveredByKind(ReadOnlySpan<TermMatch> matches, int index, string kind)
    {
        var second = matches[index];
        for (int j = index - 1; j >= 0 && matches[j].Start >= second.Start - Term.MaxFoldedLength; j--)
        {
            if (matches[j].End >= second.End && string.Equals(matches[j].Term.Kind, kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (int j = index + 1; j < matches.Length && matches[j].Start == second.Start; j++)
        {
            if (matches[j].End >= second.End && string.Equals(matches[j].Term.Kind, kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int PairOfSecond(string kind)
    {
        for (int p = 0; p < _secondKinds.Length; p++)
        {
            if (string.Equals(kind, _secondKinds[p], StringComparison.Ordinal))
            {
                return p;
            }
        }

        return -1;
    }

    // A run of sentence ends (「。」「！？」) is one break.
    private static int SentenceBreaks(ReadOnlySpan<char> between)
    {
        int breaks = 0;
        for (int at = between.IndexOfAny(SentenceEnds); at >= 0; at = between.IndexOfAny(SentenceEnds))
        {
            breaks++;
            while (at < between.Length && SentenceEnds.Contains(between[at]))
            {
                at++;
            }

            between = between[at..];
        }

        return breaks;
    }

    // Keeps the order the pipeline gives: by start, then by end.
    private static void Insert(TermMatch[] matches, ref int count, in TermMatch match)
    {
        int at = count;
        while (at > 0 && (matches[at - 1].Start > match.Start || (matches[at - 1].Start == match.Start && matches[at - 1].End > match.End)))
        {
            matches[at] = matches[at - 1];
            at--;
        }

        matches[at] = match;
        count++;
    }
}
