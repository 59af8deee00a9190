using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace GuidelineRules.Testing;

/// <summary>
/// Verifies that analyzing a marked-up text produces exactly the marked diagnostics, no more and no fewer,
/// with the default rules; <c>[|…|]</c> then means "some diagnostic here", <c>{|ID:…|}</c> one with that ID.
/// Framework-neutral: a failure throws <see cref="VerificationException"/> with a diff.
/// </summary>
public static class Verifier
{
    private static readonly Lazy<IGuidelineAnalyzer> DefaultAnalyzer = new(GuidelinePipeline.CreateDefault);

    /// <summary>Verifies <paramref name="markup"/> against the default rules.</summary>
    public static Task VerifyAsync(string markup) => VerifyAsync(DefaultAnalyzer.Value, markup, defaultId: null);

    /// <summary>Verifies <paramref name="markup"/> against <paramref name="analyzer"/>.</summary>
    /// <param name="analyzer">The analyzer to run.</param>
    /// <param name="markup">The text with expected spans marked.</param>
    /// <param name="defaultId">The ID <c>[|…|]</c> stands for; <see langword="null"/> accepts any ID there.</param>
    public static Task VerifyAsync(IGuidelineAnalyzer analyzer, string markup, string? defaultId)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var (text, expected) = MarkupParser.Parse(markup);
        var actual = analyzer.Analyze(text).Diagnostics;
        Compare(text, expected, actual, defaultId);
        return Task.CompletedTask;
    }

    internal static void Compare(string text, ImmutableArray<MarkupSpan> expected, ImmutableArray<Diagnostic> actual, string? defaultId)
    {
        var unmatched = actual.ToList();
        var missing = new List<MarkupSpan>();
        foreach (var span in expected)
        {
            string? id = span.Id ?? defaultId;
            int index = unmatched.FindIndex(d => d.Span == span.Span && (id is null || d.Id == id));
            if (index >= 0)
            {
                unmatched.RemoveAt(index);
            }
            else
            {
                missing.Add(span);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine("Diagnostics differ from the markup.");
        message.AppendLine(CultureInfo.InvariantCulture, $"Text: {text}");
        foreach (var m in missing)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"- expected {Describe(text, m.Span)} {m.Id ?? defaultId ?? "(any ID)"}");
        }

        foreach (var d in unmatched)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"+ actual   {Describe(text, d.Span)} {d.Id}: {d.Message}");
        }

        message.AppendLine("Actual diagnostics as markup:");
        message.AppendLine(ToMarkup(text, actual));
        throw new VerificationException(message.ToString());
    }

    /// <summary>Writes diagnostics back into the text as <c>{|ID:…|}</c> markup (non-overlapping ones).</summary>
    public static string ToMarkup(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sb = new StringBuilder();
        int at = 0;
        foreach (var d in diagnostics.OrderBy(d => d.Span.Start))
        {
            if (d.Span.Start < at)
            {
                continue;
            }

            sb.Append(text, at, d.Span.Start - at).Append("{|").Append(d.Id).Append(':').Append(text, d.Span.Start, d.Span.Length).Append("|}");
            at = d.Span.End;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static string Describe(string text, TextSpan span) => $"{span} 「{text.Substring(span.Start, span.Length)}」";

}

/// <summary>Verifies one rule in isolation: the pipeline holds only <typeparamref name="TRule"/>.</summary>
/// <typeparam name="TRule">The rule under test.</typeparam>
public static class Verifier<TRule>
    where TRule : IGuidelineRule, new()
{
    private static readonly Lazy<IGuidelineAnalyzer> Analyzer = new(() => GuidelinePipeline.CreateBuilder().AddRule<TRule>().Build());

    /// <summary>
    /// Verifies <paramref name="markup"/>; <c>[|…|]</c> stands for the rule's ID when it has exactly one,
    /// otherwise for any of its IDs.
    /// </summary>
    public static Task VerifyAsync(string markup)
    {
        var descriptors = Analyzer.Value.Descriptors;
        return Verifier.VerifyAsync(Analyzer.Value, markup, descriptors.Count == 1 ? descriptors[0].Id : null);
    }
}
