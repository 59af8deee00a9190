using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace GuidelineRules.Text;

/// <summary>
/// Folds text for matching only: NFKC, katakana to hiragana, lower case, dash and long-vowel variants, Cyrillic and
/// Greek lookalikes of Latin letters, ignorables dropped, sound marks composed, and letters spelled out with
/// inserted spaces or dots (「ば か」「検.討.中」) joined. Every folded character keeps the range of original code units it came from.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Folds <paramref name="text"/> and returns the folded text with its map to the original.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new NormalizationBuffer();
        Normalize(text.AsSpan(), buffer, CancellationToken.None);
        return new NormalizedText(text, buffer);
    }

    /// <summary>Folds one term the way the scanner folds text, without joining spaced letters.</summary>
    public static string FoldTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return FoldTable.FoldString(term);
    }

    internal static void Normalize(ReadOnlySpan<char> input, NormalizationBuffer buffer, CancellationToken cancellationToken)
    {
        buffer.Clear();
        buffer.EnsureCapacity(input.Length + 8);
        var state = new State(buffer, input);
        var simple = FoldTable.Simple;
        var entries = FoldTable.Entries;

        int nextCancellationCheck = 0;
        for (int i = 0; i < input.Length; i++)
        {
            if (i >= nextCancellationCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCancellationCheck = i + 0x10000;
            }

            // The common case first: a run of characters that fold one to one with nothing pending, in a tight loop.
            i = state.AppendRun(input, i, Math.Min(input.Length, nextCancellationCheck), entries);
            if (i >= input.Length)
            {
                break;
            }

            char c = input[i];
            var kind = (FoldKind)(entries[c] >> 16);
            switch (kind)
            {
                case FoldKind.Word:
                    state.Word(input, i, i + 1, simple[c]);
                    break;
                case FoldKind.Boundary:
                    state.Boundary(i, i + 1, simple[c]);
                    break;
                case FoldKind.Joiner:
                    state.Joiner(input, i, simple[c]);
                    break;
                case FoldKind.Drop:
                    break;
                case FoldKind.SpaceSeparator:
                case FoldKind.DotSeparator:
                    state.Separator(i, simple[c], kind);
                    break;
                case FoldKind.SoundMark:
                    state.SoundMark(i, simple[c]);
                    break;
                case FoldKind.Expansion:
                    state.Expansion(input, i, FoldTable.Expansions[c]);
                    break;
                case FoldKind.HighSurrogate:
                    if (i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                    {
                        state.SurrogatePair(input, i);
                        i++;
                    }
                    else
                    {
                        state.Boundary(i, i + 1, simple[c]);
                    }

                    break;
            }
        }

        state.Finish();
        buffer.Length = state.Length;
    }

    /// <summary>Whether the word character ending at <paramref name="next"/> stands alone (is followed by no other word character).</summary>
    private static bool IsFollowedByNoWordCharacter(ReadOnlySpan<char> input, int next, char current = '\0')
    {
        var kinds = FoldTable.Kinds;
        for (int j = next; j < input.Length; j++)
        {
            var kind = kinds[input[j]];
            switch (kind)
            {
                case FoldKind.Drop:
                case FoldKind.SoundMark:
                    continue;
                case FoldKind.Joiner:
                    return false;
                case FoldKind.Word:
                    if (current == FoldTable.LongVowelMark && FoldTable.Simple[input[j]] == FoldTable.LongVowelMark)
                    {
                        continue; // ーー folds into the ー before it
                    }

                    return false;
                case FoldKind.Expansion:
                    // As its first character would be: 「…」 is dots, 「⑳」 a word.
                    return FoldTable.Kinds[FoldTable.Expansions[input[j]][0]] is not (FoldKind.Word or FoldKind.Joiner);
                case FoldKind.HighSurrogate when IsIgnorablePair(input, j):
                    j++; // a supplementary variation selector, dropped
                    continue;
                case FoldKind.HighSurrogate:
                    return !(j + 1 < input.Length && char.IsLowSurrogate(input[j + 1])
                        && IsSupplementaryWord(char.ConvertToUtf32(input[j], input[j + 1])));
                default:
                    return true;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether, from <paramref name="next"/>, separators come and then a word character that stands alone or
    /// punctuation: the letter before them is spelled out too.
    /// </summary>
    private static bool IsSingleLetterAfterSeparators(ReadOnlySpan<char> input, int next, char current)
    {
        var kinds = FoldTable.Kinds;
        int j = next;
        while (current == FoldTable.LongVowelMark && j < input.Length
            && (kinds[input[j]] == FoldKind.Drop || IsIgnorablePair(input, j) || (kinds[input[j]] == FoldKind.Word && FoldTable.Simple[input[j]] == FoldTable.LongVowelMark)))
        {
            j += IsIgnorablePair(input, j) ? 2 : 1; // ーー folds into the ー before it
        }

        int separators = 0;
        for (; j < input.Length; j++)
        {
            var kind = kinds[input[j]];
            if (kind is FoldKind.SpaceSeparator or FoldKind.DotSeparator)
            {
                separators++;
            }
            else if (IsIgnorablePair(input, j))
            {
                j++; // a supplementary variation selector, dropped
            }
            else if (kind is not (FoldKind.Drop or FoldKind.SoundMark))
            {
                break;
            }
        }

        if (separators == 0 || j == input.Length)
        {
            return false;
        }

        // A single letter, or punctuation (「の署 名 、」): the spelling ends there.
        char folded = FoldTable.Simple[input[j]];
        return kinds[input[j]] switch
        {
            FoldKind.Word => IsSameSpelling(current, folded) && IsFollowedByNoWordCharacter(input, j + 1, folded),
            FoldKind.Boundary => folded is not ('\n' or '\r'),
            FoldKind.HighSurrogate => j + 1 == input.Length || !char.IsLowSurrogate(input[j + 1]), // folds to U+FFFD
            _ => false,
        };
    }

    /// <summary>Whether a dropped supplementary character (a variation selector 17–256, a tag) starts at <paramref name="j"/>.</summary>
    private static bool IsIgnorablePair(ReadOnlySpan<char> input, int j) =>
        char.IsHighSurrogate(input[j]) && j + 1 < input.Length && char.IsLowSurrogate(input[j + 1])
        && FoldTable.IsIgnorable(char.ConvertToUtf32(input[j], input[j + 1]));

    private static bool IsSupplementaryWord(int codePoint) =>
        FoldTable.SupplementaryFolds.ContainsKey(codePoint) || Rune.IsLetterOrDigit(new Rune(codePoint));

    // Letters of a word spelled out from inside a longer one: Japanese letters (「なら死 ね ば」) or digits (「が0 9 0」).
    private static bool IsSameSpelling(char a, char b) =>
        (IsNonAsciiLetter(a) && IsNonAsciiLetter(b)) || (char.IsAsciiDigit(a) && char.IsAsciiDigit(b));

    private static bool IsNonAsciiLetter(char c) => c >= 0x80 && (char.IsLetter(c) || c is FoldTable.LongVowelMark or '〇');

    /// <summary>The running state of one normalization: output position, current token and a pending separator.</summary>
    private ref struct State
    {
        private readonly NormalizationBuffer _buffer;
        private readonly ReadOnlySpan<char> _input;
        private char[] _chars;
        private int _length;

        // What a character's original start minus its folded index must be to continue the open unit segment of the map.
        private int _unitDelta;

        // Word characters since the last separator or boundary, counted in the original.
        private int _tokenLength;

        // The separators seen after a word (a run of spaces and dots, 「ク  ソ」「極 ． 秘」), decided on together
        // when the next character arrives.
        private int _pendingIndex;
        private int _pendingEnd;
        private char _pendingChar;
        private int _pendingDots;
        private int _pendingSpaces;
        private int _pendingTokenLength;

        // Separators dropped in the current run of letters spelled out one by one.
        private int _joinedSingles;

        // Punctuation ended a spelled-out run: separators next to it are part of the disguise (「号 、 4 桁」).
        private bool _afterSpelledOut;

        public State(NormalizationBuffer buffer, ReadOnlySpan<char> input)
        {
            _buffer = buffer;
            _input = input;
            _chars = buffer.Chars;
            _length = 0;
            _unitDelta = NormalizationBuffer.NoUnitDelta;
            _tokenLength = 0;
            _pendingIndex = -1;
            _pendingEnd = -1;
            _pendingChar = '\0';
            _pendingDots = 0;
            _pendingSpaces = 0;
            _pendingTokenLength = 0;
            _joinedSingles = 0;
            _afterSpelledOut = false;
        }

        public readonly int Length => _length;

        /// <summary>
        /// Appends, while nothing is pending, the characters that fold to one character on their own: words (except
        /// a ー that merges into the one before it), punctuation that ends a word, and joiners, which go on an ASCII
        /// word and end any other. Every piece of state is in locals; returns the index of the first character it
        /// did not take. One character in eight of Japanese posts is punctuation, a line break or ー, and each
        /// used to leave this loop.
        /// </summary>
        public int AppendRun(ReadOnlySpan<char> input, int i, int limit, uint[] entries)
        {
            if (_pendingIndex >= 0 || _afterSpelledOut)
            {
                return i;
            }

            var chars = _chars;
            int length = _length;
            int tokenLength = _tokenLength;
            int joinedSingles = _joinedSingles;
            limit = Math.Min(limit, i + (chars.Length - length));
            int first = i;
            int foldedFirst = length;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(input));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
            while (i < limit)
            {
                // Kanji and hiragana fold to themselves and katakana shifts to hiragana (FoldTable checks this
                // when it is built): most Japanese characters need no table read.
                char c = input[i];
                char folded;
                if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30F6')
                {
                    // Eight at a time from a letter on: all eight lanes are stored and the run advances past the
                    // leading lanes that are letters too (198 kanji fold in about 60 ns, against about 170 one by
                    // one). Tried only from a letter: a vector tried and given up at every punctuation mark cost
                    // about 5 ns, more than it saved.
                    if (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= limit)
                    {
                        var v = Vector128.LoadUnsafe(ref source, (nuint)i);
                        var katakana = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x30A1), Vector128.Create((ushort)(0x30F6 - 0x30A1)));
                        var letters = katakana
                            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x3041), Vector128.Create((ushort)(0x3096 - 0x3041)))
                            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x4E00), Vector128.Create((ushort)(0x9FFF - 0x4E00)));
                        (v - (katakana & Vector128.Create((ushort)0x60))).StoreUnsafe(ref target, (nuint)length);
                        uint others = ~letters.ExtractMostSignificantBits() & 0xFF;
                        int taken = others == 0 ? Vector128<ushort>.Count : BitOperations.TrailingZeroCount(others);
                        length += taken;
                        i += taken;
                        tokenLength += taken;
                        continue;
                    }

                    folded = c >= '\u30A1' && c <= '\u30F6' ? (char)(c - 0x60) : c;
                    tokenLength++;
                }
                else
                {
                    uint entry = entries[c];
                    folded = (char)entry;
                    var kind = (FoldKind)(entry >> 16);
                    if (folded == FoldTable.LongVowelMark && (kind != FoldKind.Word || (length > 0 && chars[length - 1] == FoldTable.LongVowelMark)))
                    {
                        break; // ーー folds into one: the slow path extends the first
                    }

                    if (kind == FoldKind.Word || (kind == FoldKind.Joiner && (length == 0 || char.IsAscii(chars[length - 1]))))
                    {
                        tokenLength++;
                    }
                    else if (kind is FoldKind.Boundary or FoldKind.Joiner && joinedSingles == 0)
                    {
                        tokenLength = 0;
                    }
                    else
                    {
                        break;
                    }
                }

                chars[length] = folded;
                length++;
                i++;
            }

            // Every character of the run comes from one code unit at the same distance: at most one new segment.
            if (i > first && first - foldedFirst != _unitDelta)
            {
                _unitDelta = _buffer.StartSegment(foldedFirst, first, first + 1);
            }

            _tokenLength = tokenLength;
            _joinedSingles = joinedSingles;
            _length = length;
            return i;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Word(ReadOnlySpan<char> input, int start, int end, char folded)
        {
            if (_pendingIndex >= 0)
            {
                ResolvePending(folded, IsFollowedByNoWordCharacter(input, end, folded), end);
            }

            AppendWord(folded, start, end);
        }

        private void WordWithLookahead(char folded, int start, int end, bool nextIsSingle)
        {
            if (_pendingIndex >= 0)
            {
                ResolvePending(folded, nextIsSingle, -1);
            }

            AppendWord(folded, start, end);
        }

        private void AppendWord(char folded, int start, int end)
        {
            if (folded == FoldTable.LongVowelMark && _length > 0 && _chars[_length - 1] == FoldTable.LongVowelMark)
            {
                _unitDelta = _buffer.ExtendEnd(_length - 1, end); // ーーー folds to ー, one character of its word
                _tokenLength = Math.Max(_tokenLength, 1);
                return;
            }

            _tokenLength++;
            _afterSpelledOut = false;
            Emit(folded, start, end);
        }

        public void Joiner(ReadOnlySpan<char> input, int index, char folded)
        {
            // After an ASCII character (a separator between them decided by the next letter) it goes on the word;
            // after other text it is punctuation, as it is when folded again.
            char previous = _length > 0 ? _chars[_length - 1] : ' ';
            if (char.IsAscii(previous))
            {
                Word(input, index, index + 1, folded);
            }
            else
            {
                Boundary(index, index + 1, folded);
            }
        }

        public void Boundary(int start, int end, char folded)
        {
            if (_joinedSingles >= 1)
            {
                // 「号 、 4」: spaces between a spelled-out word and punctuation are part of the spelling; a dot
                // may be a real one (「w w w [ . ] e x」).
                if (_pendingIndex >= 0 && _pendingDots == 0)
                {
                    _pendingIndex = -1;
                }

                _afterSpelledOut = true;
            }

            FlushPending();
            _tokenLength = 0;
            _joinedSingles = 0;
            Emit(folded, start, end);
        }

        public void Separator(int index, char folded, FoldKind kind)
        {
            var kinds = FoldTable.Kinds;
            if (_pendingIndex >= 0 && kinds[_input[index]] != FoldKind.Expansion && kinds[_input[_pendingIndex]] != FoldKind.Expansion)
            {
                _pendingEnd = index + 1;
                AddPendingKind(kind);
                return;
            }

            if (_pendingIndex >= 0)
            {
                // Separators that come from an expansion (「…」 is three dots) are not a run of the input's own.
                FlushPending();
                _tokenLength = 0;
                Emit(folded, index, index + 1);
                return;
            }

            if (_tokenLength == 0)
            {
                if (!_afterSpelledOut || kind != FoldKind.SpaceSeparator)
                {
                    Emit(folded, index, index + 1);
                }

                return;
            }

            _pendingIndex = index;
            _pendingEnd = index + 1;
            _pendingChar = folded;
            _pendingDots = 0;
            _pendingSpaces = 0;
            AddPendingKind(kind);
            _pendingTokenLength = _tokenLength;
            _tokenLength = 0;
        }

        private void AddPendingKind(FoldKind kind)
        {
            if (kind == FoldKind.DotSeparator)
            {
                _pendingDots++;
            }
            else
            {
                _pendingSpaces++;
            }
        }

        public void SoundMark(int index, char mark)
        {
            if (_pendingIndex < 0 && _length > 0)
            {
                char previous = _chars[_length - 1];
                char composed = mark == FoldTable.VoicedMark ? FoldTable.Voiced[previous] : FoldTable.SemiVoiced[previous];
                if (composed != '\0')
                {
                    _chars[_length - 1] = composed;
                    _unitDelta = _buffer.ExtendEnd(_length - 1, index + 1);
                    return;
                }
            }

            FlushPending();
            Emit(mark, index, index + 1);
        }

        public void Expansion(ReadOnlySpan<char> input, int index, string expansion)
        {
            _buffer.EnsureCapacity(_length + expansion.Length + (input.Length - index) + 8);
            RefreshArrays();

            // Each character of the expansion goes the way it would on its own, so folding twice is folding once.
            for (int k = 0; k < expansion.Length; k++)
            {
                char ch = expansion[k];
                switch (FoldTable.Kinds[ch])
                {
                    case FoldKind.Word:
                        bool nextIsSingle = k + 1 < expansion.Length
                            ? FoldTable.Kinds[expansion[k + 1]] is not (FoldKind.Word or FoldKind.Joiner or FoldKind.Expansion)
                            : IsFollowedByNoWordCharacter(input, index + 1);
                        WordWithLookahead(ch, index, index + 1, nextIsSingle);
                        break;
                    case FoldKind.Joiner:
                        Joiner(input, index, ch);
                        break;
                    case FoldKind.SpaceSeparator:
                    case FoldKind.DotSeparator:
                        Separator(index, ch, FoldTable.Kinds[ch]);
                        break;
                    default:
                        Boundary(index, index + 1, ch);
                        break;
                }
            }
        }

        public void SurrogatePair(ReadOnlySpan<char> input, int index)
        {
            int codePoint = char.ConvertToUtf32(input[index], input[index + 1]);
            if (FoldTable.IsIgnorable(codePoint))
            {
                return;
            }

            if (FoldTable.SupplementaryFolds.TryGetValue(codePoint, out char folded))
            {
                Word(input, index, index + 2, folded);
                return;
            }

            FlushPending();
            bool isWord = Rune.IsLetterOrDigit(new Rune(codePoint));
            _tokenLength = isWord ? _tokenLength + 1 : 0;

            // Both halves map to the whole pair, so no folded range can split it.
            Emit(input[index], index, index + 2);
            Emit(input[index + 1], index, index + 2);
        }

        public void Finish() => FlushPending();

        /// <param name="folded">The word character after the separators.</param>
        /// <param name="nextIsSingle">Whether that character stands alone.</param>
        /// <param name="nextEnd">Where that character ends in the input, or -1 when it comes from an expansion.</param>
        private void ResolvePending(char folded, bool nextIsSingle, int nextEnd)
        {
            char previous = _chars[_length - 1];
            bool drop;
            bool dotsOnly = false;
            if (_pendingDots > 0 && char.IsAsciiDigit(previous) && char.IsAsciiDigit(folded))
            {
                drop = false; // 10.0.0.1 and ver.0.3 keep their dots, and 「1 0 . 0」 its dot alone
                dotsOnly = true;
            }
            else if (_pendingDots > 0 && IsNonAsciiLetter(previous) && IsNonAsciiLetter(folded))
            {
                // 検.討.中, バ・カ; with spaces too when a single letter is on either side (極 ． 秘, 大 . 麻って, not
                // すれば . かなり); dots in a row (「ね...ま」) stay.
                drop = _pendingDots == 1 && (_pendingSpaces == 0 || _pendingTokenLength == 1 || nextIsSingle || _joinedSingles >= 1);
            }
            else if (_pendingDots > 1 || (_pendingDots == 1 && _pendingSpaces > 0))
            {
                drop = false; // 「e x . c o m」 and 「b.i.t...l.y」: a dot set apart is a real one
            }
            else
            {
                // Letters spelled out one by one: every part a single character (ク ソ 野 郎, P.a.s.s); once a
                // pair has been joined, the last letter is joined even when it touches the next word (部 外 秘の).
                // A spelling may start at the last letter of a longer word (「なら死 ね ば」): joined when at least
                // two single letters follow.
                drop = _pendingTokenLength == 1
                    ? nextIsSingle || _joinedSingles >= 1
                    : nextIsSingle && nextEnd >= 0 && IsSameSpelling(previous, folded)
                        && IsSingleLetterAfterSeparators(_input, nextEnd, folded);
                _joinedSingles = drop ? _joinedSingles + 1 : 0;
            }

            if (!drop)
            {
                EmitPending(dotsOnly);
            }
            else if (_pendingDots > 0 && _pendingTokenLength > 1)
            {
                _tokenLength = _pendingTokenLength; // 検.討 joins into one word that goes on
            }

            _pendingIndex = -1;
        }

        private void FlushPending()
        {
            if (_pendingIndex >= 0)
            {
                EmitPending(dotsOnly: false);
                _pendingIndex = -1;
            }
        }

        private void EmitPending(bool dotsOnly)
        {
            var kinds = FoldTable.Kinds;
            if (kinds[_input[_pendingIndex]] == FoldKind.Expansion)
            {
                Emit(_pendingChar, _pendingIndex, _pendingIndex + 1);
                return;
            }

            for (int k = _pendingIndex; k < _pendingEnd; k++)
            {
                var kind = kinds[_input[k]];
                if (kind == FoldKind.DotSeparator || (kind == FoldKind.SpaceSeparator && !dotsOnly))
                {
                    Emit(FoldTable.Simple[_input[k]], k, k + 1);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Emit(char c, int start, int end)
        {
            if (_length >= _chars.Length)
            {
                _buffer.EnsureCapacity(_length + 16);
                RefreshArrays();
            }

            _chars[_length] = c;
            if (end != start + 1 || start - _length != _unitDelta)
            {
                _unitDelta = _buffer.StartSegment(_length, start, end);
            }

            _length++;
        }

        private void RefreshArrays()
        {
            // EnsureCapacity may have replaced the array.
            _chars = _buffer.Chars;
        }
    }
}
