using System.Collections.Immutable;
using GuidelineRules.Scanning;
using GuidelineRules.Text;

namespace GuidelineRules;

/// <summary>A raw automaton hit: pattern and folded range.</summary>
internal readonly record struct PatternHit(int Pattern, int Start, int End);

/// <summary>A hit of one term of one rule.</summary>
internal readonly record struct TermHit(int Rule, int TermId, int Start, int End);

/// <summary>A report a rule made, turned into a <see cref="Diagnostic"/> only at the end.</summary>
internal readonly record struct PendingReport(int Rule, RuleDescriptor Descriptor, TextSpan Span, SuggestedFix? Fix, ImmutableDictionary<string, string>? Properties, string? Argument);

/// <summary>
/// Per-thread scratch space for one analysis: every array grows to the largest post seen and is reused,
/// so a clean post allocates nothing.
/// </summary>
internal sealed class Workspace
{
    public readonly NormalizationBuffer Normalized = new();

    /// <summary>The matcher's scratch for candidate positions.</summary>
    public readonly int[] Candidates = new int[MultiPatternMatcher.BlockSize];
    public PatternHit[] Hits = new PatternHit[64];
    public int HitCount;
    public TermHit[] TermHits = new TermHit[64];
    public int TermHitCount;
    public TermHit[] ExceptionHits = new TermHit[16];
    public int ExceptionHitCount;
    public PatternHit[] TriggerHits = new PatternHit[64];
    public int TriggerHitCount;

    /// <summary>Runs of digits (start, end; no pattern), found only when a recognizer wants them.</summary>
    public PatternHit[] DigitRuns = new PatternHit[16];
    public int DigitRunCount;

    /// <summary>Whether the scan saw <c>guideline-</c>: only then are suppression comments looked for.</summary>
    public bool SawSuppressionMarker;
    public TermMatch[] Matches = new TermMatch[64];
    public int MatchesUsed;

    // A rule's matches with its term pairs added (see Rules/TermPairs.cs); grown on demand, cleared per text.
    private TermMatch[] _composedMatches = new TermMatch[16];
    private int _composedUsed;
    public Token[] Tokens = new Token[16];
    public int TokenCount;
    public char[] CanonicalChars = new char[256];
    public int CanonicalLength;
    public PendingReport[] Reports = new PendingReport[8];
    public int ReportCount;
    private readonly int[] _tokenRunEnds = new int[8];
    private TermHit[] _sortScratch = new TermHit[64];
    private int[] _ruleOffsets = new int[16];
    private Token[] _tokenScratch = new Token[16];
    private int _tokenRunCount;

    public int[] RuleOffsets(int length)
    {
        if (_ruleOffsets.Length != length)
        {
            _ruleOffsets = new int[length];
        }
        else
        {
            Array.Clear(_ruleOffsets);
        }

        return _ruleOffsets;
    }

    public TermHit[] SortScratch(int count)
    {
        if (_sortScratch.Length < count)
        {
            _sortScratch = new TermHit[Math.Max(count, TermHits.Length)];
        }

        return _sortScratch;
    }

    public void SwapSortedTermHits() => (TermHits, _sortScratch) = (_sortScratch, TermHits);

    /// <summary>Closes the sorted run of tokens the last recognizer produced.</summary>
    public void EndTokenRun() => _tokenRunEnds[_tokenRunCount++] = TokenCount;

    /// <summary>Whether <paramref name="position"/> lies inside a token of the runs before <paramref name="count"/>.</summary>
    public bool IsInsideEarlierToken(int count, int position)
    {
        int runStart = 0;
        for (int r = 0; r < _tokenRunCount && runStart < count; r++)
        {
            int runEnd = Math.Min(_tokenRunEnds[r], count);

            // The last token of the run that starts at or before the position.
            int lo = runStart, hi = runEnd;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Tokens[mid].FoldedStart <= position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            if (lo > runStart && position < Tokens[lo - 1].FoldedEnd)
            {
                return true;
            }

            runStart = runEnd;
        }

        return false;
    }

    /// <summary>Merges the sorted runs (one per recognizer, so a few) into one order by start.</summary>
    public void MergeTokenRuns()
    {
        int merged = 0;
        for (int r = 0; r < _tokenRunCount; r++)
        {
            int runEnd = _tokenRunEnds[r];
            if (runEnd > merged && merged > 0)
            {
                if (_tokenScratch.Length < runEnd)
                {
                    _tokenScratch = new Token[Math.Max(runEnd, Tokens.Length)];
                }

                int a = 0, b = merged, o = 0;
                while (a < merged || b < runEnd)
                {
                    _tokenScratch[o++] = b >= runEnd || (a < merged && Tokens[a].FoldedStart <= Tokens[b].FoldedStart) ? Tokens[a++] : Tokens[b++];
                }

                Array.Copy(_tokenScratch, Tokens, runEnd);
            }

            merged = runEnd;
        }

        _tokenRunCount = 0;
    }

    public void AddHit(int pattern, int start, int end)
    {
        if (HitCount == Hits.Length)
        {
            Array.Resize(ref Hits, Hits.Length * 2);
        }

        Hits[HitCount++] = new PatternHit(pattern, start, end);
    }

    public void AddTermHit(in TermHit hit) => Append(ref TermHits, ref TermHitCount, hit);

    public void AddExceptionHit(in TermHit hit) => Append(ref ExceptionHits, ref ExceptionHitCount, hit);

    public void AddTriggerHit(in PatternHit hit) => Append(ref TriggerHits, ref TriggerHitCount, hit);

    public void AddDigitRun(in PatternHit run) => Append(ref DigitRuns, ref DigitRunCount, run);

    public void AddToken(in Token token) => Append(ref Tokens, ref TokenCount, token);

    public void AddReport(int rule, RuleDescriptor descriptor, TextSpan span, SuggestedFix? fix, ImmutableDictionary<string, string>? properties, string? argument) =>
        Append(ref Reports, ref ReportCount, new PendingReport(rule, descriptor, span, fix, properties, argument));

    /// <summary>Starts canonical text for a token; returns its start.</summary>
    public int BeginCanonical() => CanonicalLength;

    public void AppendCanonical(char c)
    {
        if (CanonicalLength == CanonicalChars.Length)
        {
            Array.Resize(ref CanonicalChars, CanonicalChars.Length * 2);
        }

        CanonicalChars[CanonicalLength++] = c;
    }

    public void AppendCanonical(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            AppendCanonical(c);
        }
    }

    /// <summary>Drops canonical text written since <paramref name="start"/> (a recognizer that gave up).</summary>
    public void RollbackCanonical(int start) => CanonicalLength = start;

    public void Reset()
    {
        ResetScan();
        Array.Clear(Reports, 0, ReportCount); // drop references to descriptors and fixes
        ReportCount = 0;
    }

    /// <summary>Clears everything but the reports, for the next segment of a text analyzed in parts.</summary>
    public void ResetScan()
    {
        HitCount = 0;
        TermHitCount = 0;
        ExceptionHitCount = 0;
        TriggerHitCount = 0;
        DigitRunCount = 0;
        SawSuppressionMarker = false;
        TokenCount = 0;
        _tokenRunCount = 0;
        CanonicalLength = 0;
        Array.Clear(Matches, 0, MatchesUsed); // drop references to terms of other pipelines
        MatchesUsed = 0;
        Array.Clear(_composedMatches, 0, _composedUsed);
        _composedUsed = 0;
        Normalized.Clear();
    }

    public TermMatch[] RentComposedMatches(int count)
    {
        if (_composedMatches.Length < count)
        {
            _composedMatches = new TermMatch[Math.Max(count, _composedMatches.Length * 2)];
        }

        _composedUsed = Math.Max(_composedUsed, count);
        return _composedMatches;
    }

    public void EnsureMatchCapacity(int count)
    {
        if (Matches.Length < count)
        {
            Matches = new TermMatch[Math.Max(count, Matches.Length * 2)];
        }
    }

    private static void Append<T>(ref T[] array, ref int count, in T item)
    {
        if (count == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[count++] = item;
    }
}

/// <summary>Collects automaton hits into the workspace.</summary>
internal readonly struct WorkspaceSink(Workspace workspace) : IMatchSink
{
    public void OnMatch(int pattern, int start, int end) => workspace.AddHit(pattern, start, end);
}
