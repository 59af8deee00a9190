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
        return new NormalizedText(
            text,
            new string(buffer.Span),
            buffer.Starts.AsSpan(0, buffer.Length).ToArray(),
            buffer.Ends.AsSpan(0, buffer.Length).ToArray());
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
        var kinds = FoldTable.Kinds;
        var simple = FoldTable.Simple;

        for (int i = 0; i < input.Length; i++)
        {
            if ((i & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = input[i];
            switch (kinds[c])
            {
                case FoldKind.Word:
                    state.Word(input, i, i + 1, simple[c]);
                    break;
                case FoldKind.Boundary:
                    state.Boundary(i, i + 1, simple[c]);
                    break;
                case FoldKind.Drop:
                    break;
                case FoldKind.SpaceSeparator:
                case FoldKind.DotSeparator:
                    state.Separator(i, simple[c], kinds[c]);
                    break;
                case FoldKind.SoundMark:
                    state.SoundMark(i, simple[c]);
                    break;
                case FoldKind.Expansion:
                    state.Expansion(i, FoldTable.Expansions[c], input.Length - i);
                    break;
                case FoldKind.HighSurrogate:
                    if (i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                    {
                        state.SurrogatePair(input, i);
                        i++;
                    }
                    else
                    {
                        state.Boundary(i, i + 1, c);
                    }

                    break;
            }
        }

        state.Finish();
        buffer.Length = state.Length;
    }

    /// <summary>Whether the word character ending at <paramref name="next"/> stands alone (is followed by no other word character).</summary>
    private static bool IsFollowedByNoWordCharacter(ReadOnlySpan<char> input, int next)
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
                case FoldKind.Word:
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
        }

        public readonly int Length => _length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Word(ReadOnlySpan<char> input, int start, int end, char folded)
        {
            if (_pendingIndex >= 0)
            {
                ResolvePending(input, end, folded);
            }

            _tokenLength++;
            if (folded == FoldTable.LongVowelMark && _length > 0 && _chars[_length - 1] == FoldTable.LongVowelMark)
            {
                _ends[_length - 1] = end; // ーーー folds to ー
                return;
            }

            Emit(folded, start, end);
        }

        public void Boundary(int start, int end, char folded)
        {
            FlushPending();
            _tokenLength = 0;
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

        public void Expansion(int index, string expansion, int remainingInput)
        {
            FlushPending();
            _buffer.EnsureCapacity(_length + expansion.Length + remainingInput + 8);
            RefreshArrays();
            foreach (char ch in expansion)
            {
                Emit(ch, index, index + 1);
            }

            _tokenLength += expansion.Length;
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

        private void ResolvePending(ReadOnlySpan<char> input, int next, char folded)
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
                // Letters spelled out one by one: every part a single character (ク ソ 野 郎, P.a.s.s).
                drop = _pendingTokenLength == 1 && IsFollowedByNoWordCharacter(input, next);
            }

            if (!drop)
            {
                Emit(_pendingChar, _pendingIndex, _pendingIndex + 1);
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
