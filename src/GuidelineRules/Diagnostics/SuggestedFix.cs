using System.Collections.Immutable;

namespace GuidelineRules;

/// <summary>Replace the text of <paramref name="Span"/> in the original text with <paramref name="NewText"/>.</summary>
/// <param name="Span">The range to replace.</param>
/// <param name="NewText">The replacement; empty to delete.</param>
public readonly record struct TextEdit(TextSpan Span, string NewText);

/// <summary>A fix a diagnostic proposes: a title and the edits that carry it out.</summary>
/// <param name="Title">What the fix does, in the message language.</param>
/// <param name="Edits">Non-overlapping edits in the original text.</param>
public sealed record SuggestedFix(string Title, ImmutableArray<TextEdit> Edits);
