using System.Collections.Immutable;
using System.Text;

namespace GuidelineRules;

/// <summary>What <see cref="FixApplier.ApplyWithReport"/> did.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Applied">The diagnostics whose fixes were applied.</param>
/// <param name="Skipped">The diagnostics whose fixes overlapped a fix applied before them, and were left out.</param>
public sealed record FixResult(string Text, ImmutableArray<Diagnostic> Applied, ImmutableArray<Diagnostic> Skipped);

/// <summary>
/// Applies the suggested fixes of diagnostics to the text they were reported on. A fix goes in whole or not at all;
/// fixes are taken in a fixed order (by the start of their first edit, then rule ID, then span) and one that overlaps
/// a fix already taken is skipped, so the same input always gives the same output. The same edit proposed by two
/// diagnostics is made once.
/// </summary>
public static class FixApplier
{
    /// <summary>Returns <paramref name="text"/> with every fix that does not conflict applied.</summary>
    /// <exception cref="ArgumentException">An edit lies outside <paramref name="text"/>: the diagnostics come from another text.</exception>
    public static string Apply(string text, IEnumerable<Diagnostic> diagnostics) => ApplyWithReport(text, diagnostics).Text;

    /// <summary>Applies the fixes and reports which were applied and which were skipped.</summary>
    /// <exception cref="ArgumentException">An edit lies outside <paramref name="text"/>: the diagnostics come from another text.</exception>
    public static FixResult ApplyWithReport(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var candidates = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            ArgumentNullException.ThrowIfNull(diagnostic, nameof(diagnostics));
            if (diagnostic.Fix is not { Edits.IsDefaultOrEmpty: false } fix)
            {
                continue;
            }

            foreach (var edit in fix.Edits)
            {
                if (edit.Span.Start < 0 || edit.Span.Length < 0 || edit.Span.End > text.Length)
                {
                    throw new ArgumentException($"{diagnostic.Id} has an edit at {edit.Span.Start}..{edit.Span.End}, outside the text of length {text.Length}: the diagnostics belong to another text.", nameof(diagnostics));
                }
            }

            candidates.Add(diagnostic);
        }

        candidates.Sort(static (a, b) =>
        {
            int c = FirstEditStart(a).CompareTo(FirstEditStart(b));
            c = c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            c = c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start);
            return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
        });

        var accepted = new List<TextEdit>();
        var applied = ImmutableArray.CreateBuilder<Diagnostic>();
        var skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in candidates)
        {
            var edits = diagnostic.Fix!.Edits;
            bool conflicts = false;
            foreach (var edit in edits)
            {
                foreach (var taken in accepted)
                {
                    if (edit != taken && Conflict(edit, taken))
                    {
                        conflicts = true;
                    }
                }
            }

            // Edits within one fix must not conflict either; a rule that proposes such a fix is not applied.
            for (int i = 0; i < edits.Length && !conflicts; i++)
            {
                for (int j = i + 1; j < edits.Length; j++)
                {
                    conflicts |= Conflict(edits[i], edits[j]);
                }
            }

            if (conflicts)
            {
                skipped.Add(diagnostic);
                continue;
            }

            foreach (var edit in edits)
            {
                if (!accepted.Contains(edit))
                {
                    accepted.Add(edit);
                }
            }

            applied.Add(diagnostic);
        }

        accepted.Sort(static (a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length); // an insertion before a replacement at the same point
        });
        var builder = new StringBuilder(text.Length + 64);
        int position = 0;
        foreach (var edit in accepted)
        {
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return new FixResult(builder.ToString(), applied.ToImmutable(), skipped.ToImmutable());
    }

    private static int FirstEditStart(Diagnostic diagnostic)
    {
        int start = int.MaxValue;
        foreach (var edit in diagnostic.Fix!.Edits)
        {
            start = Math.Min(start, edit.Span.Start);
        }

        return start;
    }

    // Overlapping ranges, an insertion strictly inside a replaced range, or two different insertions at one point
    // (their order would be a guess).
    private static bool Conflict(TextEdit a, TextEdit b)
    {
        if (a.Span.OverlapsWith(b.Span))
        {
            return true;
        }

        if (a.Span.Length == 0 && b.Span.Length == 0)
        {
            return a.Span.Start == b.Span.Start;
        }

        return (a.Span.Length == 0 && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
            || (b.Span.Length == 0 && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);
    }
}
