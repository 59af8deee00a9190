using System.Runtime.CompilerServices;
using System.Text;

namespace GuidelineRules.Text;

/// <summary>
/// Folds text for matching only: NFKC, katakana to hiragana, lower case, dash and long-vowel variants,
/// ignorables dropped, sound marks composed, and letters spelled out with inserted spaces or dots
/// (「ば か」「検.討.中」) joined. Every folded character keeps the range of original code units it came from.
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
        buffer.EnsureCapacity(input.Length + 8);
        var state = new State(buffer);
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

            // The common case first: a run of word characters with nothing pending, in a tight loop.
            i = state.AppendWordRun(input, i, Math.Min(input.Length, nextCancellationCheck), entries);
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
                    return false;
                case FoldKind.HighSurrogate:
                    return !(j + 1 < input.Length && char.IsLowSurrogate(input[j + 1])
                        && IsSupplementaryWord(char.ConvertToUtf32(input[j], input[j + 1])));
                default:
                    return true;
            }
        }

        return true;
    }

    private static bool IsSupplementaryWord(int codePoint) =>
        FoldTable.SupplementaryFolds.ContainsKey(codePoint) || Rune.IsLetterOrDigit(new Rune(codePoint));

    private static bool IsNonAsciiLetter(char c) => c >= 0x80 && (char.IsLetter(c) || c == FoldTable.LongVowelMark);

    /// <summary>The running state of one normalization: output position, current token and a pending separator.</summary>
    private ref struct State
    {
        private readonly NormalizationBuffer _buffer;
        private char[] _chars;
        private int[] _starts;
        private int[] _ends;
        private int _length;

        // Word characters since the last separator or boundary, counted in the original.
        private int _tokenLength;

        // A separator seen after a word, decided on when the next character arrives.
        private int _pendingIndex;
        private char _pendingChar;
        private FoldKind _pendingKind;
        private int _pendingTokenLength;

        // Separators dropped in the current run of letters spelled out one by one.
        private int _joinedSingles;

        public State(NormalizationBuffer buffer)
        {
            _buffer = buffer;
            _chars = buffer.Chars;
            _starts = buffer.Starts;
            _ends = buffer.Ends;
            _length = 0;
            _tokenLength = 0;
            _pendingIndex = -1;
            _pendingChar = '\0';
            _pendingKind = FoldKind.Word;
            _pendingTokenLength = 0;
            _joinedSingles = 0;
        }

        public readonly int Length => _length;

        /// <summary>
        /// Appends word characters that fold to one character (not ー) while nothing is pending, with every
        /// piece of state in locals; returns the index of the first character it did not take.
        /// </summary>
        public int AppendWordRun(ReadOnlySpan<char> input, int i, int limit, uint[] entries)
        {
            if (_pendingIndex >= 0)
            {
                return i;
            }

            var chars = _chars;
            var starts = _starts;
            var ends = _ends;
            int length = _length;
            limit = Math.Min(limit, i + (chars.Length - length));
            int first = i;
            while (i < limit)
            {
                // Kanji and hiragana fold to themselves and katakana shifts to hiragana (FoldTable checks this
                // when it is built): most Japanese characters need no table read.
                char c = input[i];
                char folded;
                if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3041' and <= '\u3096')
                {
                    folded = c;
                }
                else if (c is >= '\u30A1' and <= '\u30F6')
                {
                    folded = (char)(c - 0x60);
                }
                else
                {
                    uint entry = entries[c];
                    folded = (char)entry;
                    if ((entry >> 16) != (uint)FoldKind.Word || folded == FoldTable.LongVowelMark)
                    {
                        break;
                    }
                }

                chars[length] = folded;
                starts[length] = i;
                ends[length] = i + 1;
                length++;
                i++;
            }

            _tokenLength += i - first;
            _length = length;
            return i;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Word(ReadOnlySpan<char> input, int start, int end, char folded)
        {
            if (_pendingIndex >= 0)
            {
                ResolvePending(folded, IsFollowedByNoWordCharacter(input, end, folded));
            }

            AppendWord(folded, start, end);
        }

        private void WordWithLookahead(char folded, int start, int end, bool nextIsSingle)
        {
            if (_pendingIndex >= 0)
            {
                ResolvePending(folded, nextIsSingle);
            }

            AppendWord(folded, start, end);
        }

        private void AppendWord(char folded, int start, int end)
        {
            if (folded == FoldTable.LongVowelMark && _length > 0 && _chars[_length - 1] == FoldTable.LongVowelMark)
            {
                _ends[_length - 1] = end; // ーーー folds to ー, one character of its word
                _tokenLength = Math.Max(_tokenLength, 1);
                return;
            }

            _tokenLength++;
            Emit(folded, start, end);
        }

        public void Joiner(ReadOnlySpan<char> input, int index, char folded)
        {
            // After an ASCII character (or a separator in a spelled-out run) it goes on the word; after other
            // text it is punctuation.
            char previous = _length > 0 ? _chars[_length - 1] : ' ';
            if (_pendingIndex >= 0 || char.IsAscii(previous))
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
            FlushPending();
            _tokenLength = 0;
            _joinedSingles = 0;
            Emit(folded, start, end);
        }

        public void Separator(int index, char folded, FoldKind kind)
        {
            if (_pendingIndex >= 0)
            {
                FlushPending();
                _tokenLength = 0;
                Emit(folded, index, index + 1);
                return;
            }

            if (_tokenLength == 0)
            {
                Emit(folded, index, index + 1);
                return;
            }

            _pendingIndex = index;
            _pendingChar = folded;
            _pendingKind = kind;
            _pendingTokenLength = _tokenLength;
            _tokenLength = 0;
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
                    _ends[_length - 1] = index + 1;
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

        private void ResolvePending(char folded, bool nextIsSingle)
        {
            char previous = _chars[_length - 1];
            bool drop;
            if (_pendingKind == FoldKind.DotSeparator && char.IsAsciiDigit(previous) && char.IsAsciiDigit(folded))
            {
                drop = false; // 10.0.0.1 and ver.0.3 keep their dots
            }
            else if (_pendingKind == FoldKind.DotSeparator && IsNonAsciiLetter(previous) && IsNonAsciiLetter(folded))
            {
                drop = true; // 検.討.中, バ・カ
            }
            else
            {
                // Letters spelled out one by one: every part a single character (ク ソ 野 郎, P.a.s.s); once a
                // pair has been joined, the last letter is joined even when it touches the next word (部 外 秘の).
                drop = _pendingTokenLength == 1 && (nextIsSingle || _joinedSingles >= 1);
                _joinedSingles = drop ? _joinedSingles + 1 : 0;
            }

            if (!drop)
            {
                Emit(_pendingChar, _pendingIndex, _pendingIndex + 1);
            }
            else if (_pendingKind == FoldKind.DotSeparator && _pendingTokenLength > 1)
            {
                _tokenLength = _pendingTokenLength; // 検.討 joins into one word that goes on
            }

            _pendingIndex = -1;
        }

        private void FlushPending()
        {
            if (_pendingIndex >= 0)
            {
                Emit(_pendingChar, _pendingIndex, _pendingIndex + 1);
                _pendingIndex = -1;
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
            _starts[_length] = start;
            _ends[_length] = end;
            _length++;
        }

        private void RefreshArrays()
        {
            // EnsureCapacity may have replaced the arrays.
            _chars = _buffer.Chars;
            _starts = _buffer.Starts;
            _ends = _buffer.Ends;
        }
    }
}
