using System.Text.Json;

namespace GuidelineRules.Cli;

/// <summary>One JSON document: <c>{"findings":[…],"summary":{…}}</c>, streamed.</summary>
internal sealed class JsonFindingWriter : IFindingWriter
{
    private readonly JsonOutput _output;
    private readonly Utf8JsonWriter _writer;
    private readonly MessageLanguage _language;

    public JsonFindingWriter(TextWriter output, MessageLanguage language)
    {
        _output = new JsonOutput(output);
        _writer = _output.Writer;
        _language = language;
    }

    public void Begin(IGuidelineAnalyzer analyzer)
    {
        _writer.WriteStartObject();
        _writer.WriteNumber("version", 1);
        _writer.WriteStartArray("findings");
    }

    public void Write(Finding finding)
    {
        var d = finding.Diagnostic;
        _writer.WriteStartObject();
        _writer.WriteString("path", finding.Input.DisplayPath);
        if (finding.IsPost)
        {
            _writer.WriteString("postId", finding.PostId);
        }

        _writer.WriteNumber("line", finding.StartLine);
        _writer.WriteNumber("column", finding.StartColumn);
        _writer.WriteNumber("endLine", finding.EndLine);
        _writer.WriteNumber("endColumn", finding.EndColumn);
        _writer.WriteNumber("offset", d.Span.Start);
        _writer.WriteNumber("length", d.Span.Length);
        _writer.WriteString("ruleId", d.Id);
        _writer.WriteString("severity", Diagnostic.SeverityText(d.Severity));
        _writer.WriteString("category", d.Descriptor.Category);
        _writer.WriteString("clause", d.Descriptor.Clause);
        _writer.WriteString("message", finding.PlainMessage(_language));
        _writer.WriteString("matchedText", d.MatchedText);
        if (d.Fix is { } fix)
        {
            _writer.WriteString("fix", fix.Title);
        }

        _writer.WriteString("fingerprint", finding.Fingerprint);
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void End(CheckSummary summary)
    {
        _writer.WriteEndArray();
        _writer.WriteStartObject("summary");
        _writer.WriteNumber("files", summary.Files);
        _writer.WriteNumber("posts", summary.Posts);
        _writer.WriteNumber("findings", summary.Findings);
        _writer.WriteNumber("errors", summary.Errors);
        _writer.WriteNumber("warnings", summary.Warnings);
        _writer.WriteNumber("suggestions", summary.Suggestions);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _output.Flush();
    }

    public void Dispose() => _output.Dispose();
}
