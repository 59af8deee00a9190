using System.Text.Encodings.Web;
using System.Text.Json;

namespace GuidelineRules.Cli;

/// <summary>An indented UTF-8 JSON writer over a text writer, readable Japanese (not \u-escaped); shared by every JSON the tool prints.</summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly TextWriterStream _stream;

    public JsonOutput(TextWriter output)
    {
        _stream = new TextWriterStream(output);
        Writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Writer { get; }

    public void Flush()
    {
        Writer.Flush();
        _stream.Flush();
    }

    public void Dispose()
    {
        Writer.Dispose();
        _stream.Dispose();
    }
}
