using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace GuidelineRules;

/// <summary>One finding in one text, as Roslyn's <c>Diagnostic</c>.</summary>
public sealed class Diagnostic
{
    internal Diagnostic(
        RuleDescriptor descriptor,
        Severity severity,
        TextSpan span,
        LinePosition start,
        LinePosition end,
        string matchedText,
        CompositeFormat messageFormat,
        string messageArgument,
        SuggestedFix? fix,
        ImmutableDictionary<string, string> properties)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Start = start;
        End = end;
        MatchedText = matchedText;
        _messageFormat = messageFormat;
        _messageArgument = messageArgument;
        Fix = fix;
        Properties = properties;
    }

    // The message is formatted when first read: a keystroke check or a CI gate that only counts findings never pays for it.
    private readonly CompositeFormat _messageFormat;
    private readonly string _messageArgument;
    private string? _message;

    /// <summary>The rule's descriptor.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule ID, e.g. <c>GR1004</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity after configuration.</summary>
    public Severity Severity { get; }

    /// <summary>Where the finding is in the original text (UTF-16 offset and length).</summary>
    public TextSpan Span { get; }

    /// <summary>Line and column of the first code unit (1-based).</summary>
    public LinePosition Start { get; }

    /// <summary>Line and column one past the last code unit (1-based, exclusive, as SARIF's <c>endColumn</c>).</summary>
    public LinePosition End { get; }

    /// <summary>The original text of <see cref="Span"/>.</summary>
    public string MatchedText { get; }

    /// <summary>The formatted message, naming the clause.</summary>
    public string Message => _message ??= string.Format(CultureInfo.InvariantCulture, _messageFormat, _messageArgument);

    /// <summary>The arguments the message was formatted with.</summary>
    public ImmutableArray<string> MessageArguments => [_messageArgument];

    /// <summary>A fix the rule proposes, or <see langword="null"/>.</summary>
    public SuggestedFix? Fix { get; }

    /// <summary>Extra data for hosts and fixers (e.g. <c>evidence</c>, <c>confidence</c>).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>Returns a copy with another severity.</summary>
    public Diagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new(Descriptor, severity, Span, Start, End, MatchedText, _messageFormat, _messageArgument, Fix, Properties);

    /// <summary>Compiler-style text: <c>(line,col): warning GR1004: message [clause]</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"({Start.Line},{Start.Column}): {SeverityText(Severity)} {Id}: {Message}");

    /// <summary>The lower-case word compilers print for a severity.</summary>
    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };
}
