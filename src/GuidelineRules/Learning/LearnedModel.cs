using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json;

namespace GuidelineRules.Learning;

/// <summary>
/// A <see cref="LearnedModelData"/> ready to score texts: its n-grams in an open-addressing table keyed by the
/// packed characters, so scoring a folded text reads each of its 2- and 3-grams once and allocates nothing.
/// Immutable and thread-safe.
/// </summary>
internal sealed class LearnedModel
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly sbyte[] _weights;
    private readonly double[] _bias;
    private readonly int _shift;

    private LearnedModel(ImmutableArray<string> categories, double[] bias, double weightScale, ulong[] keys, int[] rows, sbyte[] weights, int shift, int ngramCount)
    {
        Categories = categories;
        _bias = bias;
        WeightScale = weightScale;
        _keys = keys;
        _rows = rows;
        _weights = weights;
        _shift = shift;
        NgramCount = ngramCount;
    }

    /// <summary>The category of each weight column.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>A weight is its stored byte times this.</summary>
    public double WeightScale { get; }

    /// <summary>How many n-grams carry weights.</summary>
    public int NgramCount { get; }

    /// <summary>Reads and checks a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a well-formed model.</exception>
    public static LearnedModel Load(Stream json, string sourceName)
    {
        LearnedModelData? data;
        try
        {
            data = JsonSerializer.Deserialize(json, LearnedModelJsonContext.Default.LearnedModelData);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName}: not a learned model: {ex.Message}", ex);
        }

        return FromData(data ?? throw new InvalidDataException($"{sourceName}: empty model."), sourceName);
    }

    /// <exception cref="InvalidDataException">The data is inconsistent.</exception>
    public static LearnedModel FromData(LearnedModelData data, string sourceName)
    {
        int categoryCount = data.Categories.Count;
        if (categoryCount == 0 || data.Bias.Count != categoryCount)
        {
            throw new InvalidDataException($"{sourceName}: {categoryCount} categories but {data.Bias.Count} biases.");
        }

        if (!(data.WeightScale > 0) || double.IsInfinity(data.WeightScale))
        {
            throw new InvalidDataException($"{sourceName}: weightScale must be a positive number, not {data.WeightScale}.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data.Weights);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{sourceName}: weights are not base64.", ex);
        }

        if (bytes.Length != data.Ngrams.Count * categoryCount)
        {
            throw new InvalidDataException($"{sourceName}: {data.Ngrams.Count} n-grams × {categoryCount} categories need {data.Ngrams.Count * categoryCount} weights, not {bytes.Length}.");
        }

        // Half full at most, so a probe ends after a step or two.
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, data.Ngrams.Count)) + 2);
        var keys = new ulong[1 << bits];
        var rows = new int[1 << bits];
        int shift = 64 - bits;
        for (int n = 0; n < data.Ngrams.Count; n++)
        {
            string ngram = data.Ngrams[n];
            if (ngram is null || ngram.Length < NgramKeys.Shortest || ngram.Length > NgramKeys.Longest)
            {
                throw new InvalidDataException($"{sourceName}: n-gram {n} ('{ngram}') must have {NgramKeys.Shortest} or {NgramKeys.Longest} characters.");
            }

            ulong key = NgramKeys.Of(ngram);
            int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (keys[slot] != 0)
            {
                if (keys[slot] == key)
                {
                    throw new InvalidDataException($"{sourceName}: n-gram '{ngram}' is listed twice.");
                }

                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = key;
            rows[slot] = n * categoryCount;
        }

        // The runtime lets a byte[] be read as sbyte[] (same size, reinterpreted), so the weights are not copied.
        return new LearnedModel([.. data.Categories], [.. data.Bias], data.WeightScale, keys, rows, (sbyte[])(Array)bytes, shift, data.Ngrams.Count);
    }

    /// <summary>The log-odds of <paramref name="category"/> for a text whose summed weights are <paramref name="total"/>.</summary>
    public double Logit(int category, int total) => _bias[category] + (total * WeightScale);

    /// <summary>Sums the stored weights of every n-gram of <paramref name="folded"/> into <paramref name="totals"/>, one per category.</summary>
    public void Accumulate(ReadOnlySpan<char> folded, Span<int> totals)
    {
        totals.Clear();
        int categoryCount = _bias.Length;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            int row = Find(NgramKeys.Bigram(folded[i], folded[i + 1]));
            if (row >= 0)
            {
                AddRow(row, categoryCount, totals);
            }

            if (i + 2 < folded.Length)
            {
                row = Find(NgramKeys.Trigram(folded[i], folded[i + 1], folded[i + 2]));
                if (row >= 0)
                {
                    AddRow(row, categoryCount, totals);
                }
            }
        }
    }

    /// <summary>
    /// The folded range whose n-grams add most to <paramref name="category"/>: each n-gram's weight shared out over
    /// its characters, then the run of characters with the largest sum. Where the model looked, for the report.
    /// </summary>
    public (int Start, int End) StrongestRange(ReadOnlySpan<char> folded, int category)
    {
        if (folded.Length < NgramKeys.Shortest)
        {
            return (0, folded.Length);
        }

        var shares = new double[folded.Length];
        int categoryCount = _bias.Length;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            Share(Find(NgramKeys.Bigram(folded[i], folded[i + 1])), i, 2);
            if (i + 2 < folded.Length)
            {
                Share(Find(NgramKeys.Trigram(folded[i], folded[i + 1], folded[i + 2])), i, 3);
            }
        }

        // Kadane's maximum-sum run.
        int bestStart = 0, bestEnd = 1, start = 0;
        double best = double.NegativeInfinity, running = 0;
        for (int i = 0; i < shares.Length; i++)
        {
            if (running <= 0)
            {
                running = 0;
                start = i;
            }

            running += shares[i];
            if (running > best)
            {
                best = running;
                bestStart = start;
                bestEnd = i + 1;
            }
        }

        return (bestStart, bestEnd);

        void Share(int row, int at, int length)
        {
            if (row < 0)
            {
                return;
            }

            double share = _weights[row + category] / (double)length;
            for (int k = at; k < at + length; k++)
            {
                shares[k] += share;
            }
        }
    }

    private int Find(ulong key)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void AddRow(int row, int categoryCount, Span<int> totals)
    {
        var weights = _weights.AsSpan(row, categoryCount);
        for (int c = 0; c < weights.Length; c++)
        {
            totals[c] += weights[c];
        }
    }
}
