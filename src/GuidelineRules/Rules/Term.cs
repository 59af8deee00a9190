using System.Collections.Immutable;

namespace GuidelineRules;

/// <summary>
/// One entry of a rule's term set. A term is evidence, not a verdict: the rule sees every match of its
/// terms in a text and decides. Matching is on folded text (see <see cref="Text.TextNormalizer"/>).
/// </summary>
public sealed class Term
{
    /// <summary>Creates a term.</summary>
    /// <param name="text">The term as written; folded for matching.</param>
    /// <param name="kind">What the term is evidence of, in the rule's own vocabulary (e.g. <c>hearsay</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> folds to nothing.</exception>
    public Term(string text, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Text = text;
        Kind = kind;
        Folded = GuidelineRules.Text.TextNormalizer.FoldTerm(text);
        if (Folded.Length == 0)
        {
            throw new ArgumentException($"Term '{text}' folds to an empty string.", nameof(text));
        }

        if (Folded.Length > MaxFoldedLength)
        {
            throw new ArgumentException($"Term '{text}' is longer than {MaxFoldedLength} characters once folded.", nameof(text));
        }
    }

    /// <summary>The longest a term may be once folded; it bounds the windows rules search around a match.</summary>
    public const int MaxFoldedLength = 64;

    /// <summary>The term as written.</summary>
    public string Text { get; }

    /// <summary>The folded form the scanner matches.</summary>
    public string Folded { get; }

    /// <summary>What the term is evidence of, in the rule's vocabulary.</summary>
    public string Kind { get; }

    /// <summary>
    /// Whether a match alone makes the pipeline call the rule. Context words (negation, meta-talk) are not
    /// triggers: the rule sees them only beside a trigger.
    /// </summary>
    public bool IsTrigger { get; init; } = true;

    /// <summary>Longer strings that contain the term and make a match innocent (「土人」 in 「土人形」).</summary>
    public ImmutableArray<string> Exceptions { get; init; } = [];

    /// <summary>Neutral alternatives offered as suggested fixes.</summary>
    public ImmutableArray<string> Alternatives { get; init; } = [];

    /// <summary>How strong the evidence is, in the rule's own scale.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>
    /// Whether the term matches only where the original is written in katakana and is not part of a longer
    /// katakana word: 「シナ」 then matches neither 「しなさい」 (folded to the same letters) nor 「シナモン」
    /// (HojiChar's boundary rule for short katakana words).
    /// </summary>
    public bool IsKatakanaWord { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}:{Text}";
}
