using System.Globalization;

namespace GuidelineRules.Cli;

/// <summary>One reported diagnostic with where it was found: a file, or a post of a <c>.jsonl</c> file.</summary>
internal sealed record Finding(InputFile Input, string? PostId, int PostLine, Diagnostic Diagnostic, string Fingerprint)
{
    public bool IsPost => PostId is not null;

    public int StartLine => IsPost ? PostLine : Diagnostic.Start.Line;

    public int EndLine => IsPost ? PostLine : Diagnostic.End.Line;

    // In a post, columns count in the post's text (its JSON escapes are not the text).
    public int StartColumn => IsPost ? Diagnostic.Span.Start + 1 : Diagnostic.Start.Column;

    public int EndColumn => IsPost ? Diagnostic.Span.End + 1 : Diagnostic.End.Column;

    /// <summary>The message without the clause, in the pipeline's language; the clause is printed apart.</summary>
    public string PlainMessage(MessageLanguage language) =>
        string.Format(CultureInfo.InvariantCulture, Diagnostic.Descriptor.MessageFormat.Get(language), [.. Diagnostic.MessageArguments]);
}

/// <summary>Writes findings as they come, so that output memory does not grow with the number of files.</summary>
internal interface IFindingWriter : IDisposable
{
    void Begin(IGuidelineAnalyzer analyzer);

    void Write(Finding finding);

    void End(CheckSummary summary);
}

internal sealed record CheckSummary(int Files, int Posts, int Findings, int Errors, int Warnings, int Suggestions);
