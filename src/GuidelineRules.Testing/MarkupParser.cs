using System.Collections.Immutable;
using System.Text;

namespace GuidelineRules.Testing;

/// <summary>An expected diagnostic taken from markup: a span of the plain text and, optionally, a rule ID.</summary>
/// <param name="Span">The expected span in the text without markup.</param>
/// <param name="Id">The expected rule ID, or <see langword="null"/> for <c>[|…|]</c> (the rule under test's only ID).</param>
public readonly record struct MarkupSpan(TextSpan Span, string? Id);

/// <summary>
/// Parses Microsoft.CodeAnalysis.Testing's markup: <c>[|text|]</c> marks a span the rule under test must
/// report, <c>{|GR1004:text|}</c> one with a given ID. Spans may nest. The delimiters do not clash with
/// Japanese brackets (「」『』【】).
/// </summary>
public static class MarkupParser
{
    /// <summary>Parses <paramref name="markup"/> into the plain text and the marked spans (ordered by start).</summary>
    /// <exception cref="FormatException">The markup is unbalanced or an ID is empty.</exception>
    public static (string Text, ImmutableArray<MarkupSpan> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(int Start, string? Id, int MarkupOffset)>();
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null, i));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                int close = markup.IndexOf("|}", i + 2, StringComparison.Ordinal);
                if (colon < 0 || (close >= 0 && close < colon))
                {
                    throw new FormatException($"Markup at offset {i}: '{{|' must be followed by an ID and ':' (e.g. {{|GR1004:text|}}).");
                }

                string id = markup[(i + 2)..colon];
                if (string.IsNullOrWhiteSpace(id))
                {
                    throw new FormatException($"Markup at offset {i}: the ID in '{{|ID:' is empty.");
                }

                open.Push((text.Length, id, i));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                bool brace = markup[i + 1] == '}';
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup at offset {i}: '{markup.Substring(i, 2)}' closes nothing.");
                }

                var (start, id, at) = open.Pop();
                if (brace != (id is not null))
                {
                    throw new FormatException($"Markup at offset {i}: '{markup.Substring(i, 2)}' does not match the opening at offset {at}.");
                }

                spans.Add(new MarkupSpan(TextSpan.FromBounds(start, text.Length), id));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup at offset {open.Peek().MarkupOffset}: a span is opened but never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return (text.ToString(), spans.ToImmutable());
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
