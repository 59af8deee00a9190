using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace GuidelineRules.Learning;

/// <summary>
/// A <see cref="LearnedModelData"/> ready to score texts, so scoring a folded text reads each of its 2- and 3-grams
/// once and allocates nothing. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The model is read for every post, so its tables are laid out for the cache: two open-addressing tables of
/// 16-byte slots (12 weights, then a 32-bit key), one cache line per look-up. A bigram's key is its two characters;
/// a trigram's key is the slot of its first two characters in the bigram table and its third character, so the
/// bigram table also holds every trigram's first two characters (with zero weights where the bigram has none), and
/// a position whose bigram is not there needs no trigram look-up.
/// </remarks>
internal sealed class LearnedModel
{
    /// <summary>The most categories a slot has room for: the guideline's twelve.</summary>
    public const int MaximumCategories = 12;

    private const int SlotSize = 16;
    private const int KeyOffset = 12;

    // Past this many positions the 32-bit lanes could overflow (2 n-grams of at most 128 each per position).
    private const int FlushEvery = 1 << 22;

    private readonly SlotTable _bigrams;
    private readonly SlotTable _trigrams;
    private readonly double[] _bias;

    private LearnedModel(ImmutableArray<string> categories, double[] bias, double weightScale, SlotTable bigrams, SlotTable trigrams, int ngramCount)
    {
        Categories = categories;
        _bias = bias;
        WeightScale = weightScale;
        _bigrams = bigrams;
        _trigrams = trigrams;
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

        if (categoryCount > MaximumCategories)
        {
            throw new InvalidDataException($"{sourceName}: {categoryCount} categories; a model has at most {MaximumCategories}.");
        }

        if (new HashSet<string>(data.Categories, StringComparer.Ordinal).Count != categoryCount)
        {
            throw new InvalidDataException($"{sourceName}: a category is listed twice.");
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

        // Every n-gram's first two characters need a bigram slot, so they are counted before the table is sized.
        var prefixes = new HashSet<uint>();
        int trigramCount = 0;
        for (int n = 0; n < data.Ngrams.Count; n++)
        {
            string ngram = data.Ngrams[n];
            if (ngram is null || ngram.Length < NgramKeys.Shortest || ngram.Length > NgramKeys.Longest)
            {
                throw new InvalidDataException($"{sourceName}: n-gram {n} ('{ngram}') must have {NgramKeys.Shortest} or {NgramKeys.Longest} characters.");
            }

            // A key of 0 marks an empty slot, and only a NUL can make one.
            if (ngram.Contains('\0', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{sourceName}: n-gram {n} contains a NUL character.");
            }

            prefixes.Add(BigramKey(ngram[0], ngram[1]));
            trigramCount += ngram.Length - 2;
        }

        if (prefixes.Count > SlotTable.MaximumBigrams)
        {
            throw new InvalidDataException($"{sourceName}: {prefixes.Count} distinct first two characters; a model holds at most {SlotTable.MaximumBigrams} (train with a higher minimumPostCount).");
        }

        var bigrams = new SlotTable(prefixes.Count);
        foreach (uint prefix in prefixes)
        {
            bigrams.Add(prefix);
        }

        var trigrams = new SlotTable(trigramCount);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < data.Ngrams.Count; n++)
        {
            string ngram = data.Ngrams[n];
            if (!seen.Add(ngram))
            {
                throw new InvalidDataException($"{sourceName}: n-gram '{ngram}' is listed twice.");
            }

            var weights = bytes.AsSpan(n * categoryCount, categoryCount);
            int prefix = bigrams.Find(BigramKey(ngram[0], ngram[1]));
            if (ngram.Length == 2)
            {
                bigrams.SetWeights(prefix, weights);
            }
            else
            {
                trigrams.SetWeights(trigrams.Add(TrigramKey(prefix, ngram[2])), weights);
            }
        }

        return new LearnedModel([.. data.Categories], [.. data.Bias], data.WeightScale, bigrams, trigrams, data.Ngrams.Count);
    }

    /// <summary>The log-odds of <paramref name="category"/> for a text whose summed weights are <paramref name="total"/>.</summary>
    public double Logit(int category, int total) => _bias[category] + (total * WeightScale);

    /// <summary>Sums the stored weights of every n-gram of <paramref name="folded"/> into <paramref name="totals"/>, one per category.</summary>
    public void Accumulate(ReadOnlySpan<char> folded, Span<int> totals)
    {
        int categoryCount = _bias.Length;
        Span<long> sums = stackalloc long[MaximumCategories];
        sums.Clear();
        var bigrams = _bigrams;
        var trigrams = _trigrams;
        Vector128<int> lanes0 = default, lanes1 = default, lanes2 = default;
        int sinceFlush = 0;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            int prefix = bigrams.Find(BigramKey(folded[i], folded[i + 1]));
            if (prefix < 0)
            {
                continue;
            }

            bigrams.AddWeights(prefix, ref lanes0, ref lanes1, ref lanes2);
            if (i + 2 < folded.Length)
            {
                int slot = trigrams.Find(TrigramKey(prefix, folded[i + 2]));
                if (slot >= 0)
                {
                    trigrams.AddWeights(slot, ref lanes0, ref lanes1, ref lanes2);
                }
            }

            if (++sinceFlush == FlushEvery)
            {
                Flush(sums, ref lanes0, ref lanes1, ref lanes2);
                sinceFlush = 0;
            }
        }

        Flush(sums, ref lanes0, ref lanes1, ref lanes2);
        for (int c = 0; c < categoryCount; c++)
        {
            totals[c] = (int)Math.Clamp(sums[c], int.MinValue, int.MaxValue);
        }
    }

    /// <summary>
    /// The folded range whose n-grams add most to <paramref name="category"/>: each n-gram's weight shared out over
    /// its characters, then the run of characters with the largest sum (<c>Score</c>, in sixths of a stored weight).
    /// Where the model looked, for the report.
    /// </summary>
    public (int Start, int End, long Score) StrongestRange(ReadOnlySpan<char> folded, int category)
    {
        if (folded.Length < NgramKeys.Shortest)
        {
            return (0, folded.Length, long.MinValue);
        }

        // Shares in sixths of a weight, so a bigram's halves and a trigram's thirds are exact. A character's share
        // is complete once the n-grams starting at it are read (the others start at most two before it), so three
        // running sums take the place of an array as long as the text, and Kadane's maximum-sum run reads them as
        // they complete.
        long current = 0, next = 0, afterNext = 0;
        long best = long.MinValue, running = 0;
        int bestStart = 0, bestEnd = 1, start = 0;
        for (int i = 0; i < folded.Length; i++)
        {
            int prefix = i + 1 < folded.Length ? _bigrams.Find(BigramKey(folded[i], folded[i + 1])) : -1;
            if (prefix >= 0)
            {
                long half = 3L * _bigrams.Weight(prefix, category);
                current += half;
                next += half;
                int slot = i + 2 < folded.Length ? _trigrams.Find(TrigramKey(prefix, folded[i + 2])) : -1;
                if (slot >= 0)
                {
                    long third = 2L * _trigrams.Weight(slot, category);
                    current += third;
                    next += third;
                    afterNext += third;
                }
            }

            if (running <= 0)
            {
                running = 0;
                start = i;
            }

            running += current;
            if (running > best)
            {
                best = running;
                bestStart = start;
                bestEnd = i + 1;
            }

            current = next;
            next = afterNext;
            afterNext = 0;
        }

        return (bestStart, bestEnd, best);
    }

    private static uint BigramKey(char a, char b) => ((uint)a << 16) | b;

    // A bigram slot is below 2^16, so the pair fits in 32 bits and names the trigram exactly.
    private static uint TrigramKey(int prefixSlot, char c) => ((uint)prefixSlot << 16) | c;

    private static void Flush(Span<long> sums, ref Vector128<int> lanes0, ref Vector128<int> lanes1, ref Vector128<int> lanes2)
    {
        for (int c = 0; c < 4; c++)
        {
            sums[c] += lanes0.GetElement(c);
            sums[c + 4] += lanes1.GetElement(c);
            sums[c + 8] += lanes2.GetElement(c);
        }

        lanes0 = lanes1 = lanes2 = default;
    }

    /// <summary>An open-addressing table of 16-byte slots in pinned memory aligned to the cache line.</summary>
    private sealed class SlotTable
    {
        /// <summary>A bigram's slot must fit in 16 bits, and the table is at most <see cref="MaximumLoad"/> full.</summary>
        public const int MaximumBigrams = (int)((1 << 16) * MaximumLoad);

        // Fuller tables are smaller and stay in cache; probes of 16 bytes mostly stay in the same 64-byte line.
        private const double MaximumLoad = 0.7;

        private readonly byte[] _memory;
        private readonly int _offset;
        private readonly int _mask;
        private readonly int _shift;

        public SlotTable(int count)
        {
            int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(count / MaximumLoad)));
            _mask = slots - 1;
            _shift = 32 - BitOperations.Log2((uint)slots);
            _memory = GC.AllocateArray<byte>((slots * SlotSize) + 64, pinned: true);
            long address = Marshal.UnsafeAddrOfPinnedArrayElement(_memory, 0);
            _offset = (int)((64 - (address & 63)) & 63);
        }

        /// <summary>Places a key not yet in the table and returns its slot.</summary>
        public int Add(uint key)
        {
            int slot = Home(key);
            while (KeyAt(slot) != 0)
            {
                slot = (slot + 1) & _mask;
            }

            Unsafe.WriteUnaligned(ref At(slot, KeyOffset), key);
            return slot;
        }

        /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Find(uint key)
        {
            int slot = Home(key);
            while (true)
            {
                uint found = KeyAt(slot);
                if (found == key)
                {
                    return slot;
                }

                if (found == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        public void SetWeights(int slot, ReadOnlySpan<byte> weights) => weights.CopyTo(MemoryMarshal.CreateSpan(ref At(slot, 0), KeyOffset));

        public sbyte Weight(int slot, int category) => (sbyte)At(slot, category);

        /// <summary>Adds the slot's twelve weights to the lanes (its key bytes widen into a fourth vector, not kept).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddWeights(int slot, ref Vector128<int> lanes0, ref Vector128<int> lanes1, ref Vector128<int> lanes2)
        {
            var bytes = Vector128.LoadUnsafe(ref At(slot, 0)).AsSByte();
            var low = Vector128.WidenLower(bytes);
            lanes0 += Vector128.WidenLower(low);
            lanes1 += Vector128.WidenUpper(low);
            lanes2 += Vector128.WidenLower(Vector128.WidenUpper(bytes));
        }

        private int Home(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

        private uint KeyAt(int slot) => Unsafe.ReadUnaligned<uint>(ref At(slot, KeyOffset));

        // Every slot index comes from Home or a masked step, so it is inside the table.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ref byte At(int slot, int offset) =>
            ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_memory), _offset + (slot * SlotSize) + offset);
    }
}
