using System.Reflection;
using System.Text.Json;

namespace GuidelineRules.Cli;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it: every rule in <c>tool.driver.rules</c> (with category and clause in
/// its properties), results with a rule index, a level, a region in UTF-16 columns and line-independent
/// partial fingerprints; streamed result by result.
/// </summary>
internal sealed class SarifFindingWriter : IFindingWriter
{
    /// <summary>Where the rule pages live; a rule's relative <see cref="RuleDescriptor.HelpUri"/> is resolved against it.</summary>
    public const string DocumentationBaseUri = "https://github.com/guidelinerules/GuidelineRules/blob/main/";

    public const string FingerprintKey = "guidelineRulesFingerprint/v1";

    private readonly JsonOutput _output;
    private readonly Utf8JsonWriter _writer;
    private readonly MessageLanguage _language;
    private readonly Dictionary<string, int> _ruleIndexes = new(StringComparer.Ordinal);

    public SarifFindingWriter(TextWriter output, MessageLanguage language)
    {
        _output = new JsonOutput(output);
        _writer = _output.Writer;
        _language = language;
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    public void Begin(IGuidelineAnalyzer analyzer)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "GuidelineRules");
        w.WriteString("semanticVersion", Version());
        w.WriteString("informationUri", DocumentationBaseUri.TrimEnd('/').Replace("/blob/main", string.Empty, StringComparison.Ordinal));
        w.WriteStartArray("rules");
        foreach (var descriptor in analyzer.Descriptors)
        {
            _ruleIndexes[descriptor.Id] = _ruleIndexes.Count;
            string title = descriptor.Title.Get(_language);
            string helpUri = DocumentationBaseUri + descriptor.HelpUri;
            w.WriteStartObject();
            w.WriteString("id", descriptor.Id);
            w.WriteString("name", PascalCase(descriptor.Title.English));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", descriptor.Description?.Get(_language) ?? $"{descriptor.Title.Japanese} / {descriptor.Title.English} (guideline {descriptor.Clause})");
            w.WriteEndObject();
            w.WriteStartObject("help");
            w.WriteString("text", $"{title}. Guideline clause {descriptor.Clause}. See {helpUri}");
            w.WriteString("markdown", $"**{title}** — guideline clause {descriptor.Clause}. [What it flags, why, examples, how to configure]({helpUri})");
            w.WriteEndObject();
            w.WriteString("helpUri", helpUri);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(descriptor.DefaultSeverity));
            w.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", descriptor.Category);
            w.WriteString("clause", descriptor.Clause);
            w.WriteStartArray("tags");
            w.WriteStringValue("guideline");
            w.WriteStringValue(descriptor.Category);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject(); // driver
        w.WriteEndObject(); // tool
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("SRCROOT");
        w.WriteStartObject("description");
        w.WriteString("text", "The repository root.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        w.Flush();
    }

    public void Write(Finding finding)
    {
        var d = finding.Diagnostic;
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("ruleId", d.Id);
        w.WriteNumber("ruleIndex", _ruleIndexes[d.Id]);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", $"{finding.PlainMessage(_language)} [{d.Descriptor.Clause}]");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", finding.Input.FullPath is null ? "stdin" : EscapeUri(finding.Input.DisplayPath));
        if (finding.Input.FullPath is not null && !Path.IsPathRooted(finding.Input.DisplayPath))
        {
            w.WriteString("uriBaseId", "SRCROOT");
        }

        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", finding.StartLine);
        w.WriteNumber("startColumn", finding.StartColumn);
        w.WriteNumber("endLine", finding.EndLine);
        w.WriteNumber("endColumn", finding.EndColumn);
        if (!finding.IsPost)
        {
            // Offsets into the file; a post's text is JSON-escaped in its file, so only its columns are given.
            w.WriteNumber("charOffset", d.Span.Start);
            w.WriteNumber("charLength", d.Span.Length);
        }

        w.WriteStartObject("snippet");
        w.WriteString("text", d.MatchedText);
        w.WriteEndObject();
        w.WriteEndObject(); // region
        w.WriteEndObject(); // physicalLocation
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, finding.Fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", d.Descriptor.Category);
        w.WriteString("clause", d.Descriptor.Clause);
        if (finding.IsPost)
        {
            w.WriteString("postId", finding.PostId);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    public void End(CheckSummary summary)
    {
        _writer.WriteEndArray(); // results
        _writer.WriteEndObject(); // run
        _writer.WriteEndArray(); // runs
        _writer.WriteEndObject();
        _output.Flush();
    }

    public void Dispose() => _output.Dispose();

    private static string Version()
    {
        string version = typeof(IGuidelineAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private static string EscapeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string PascalCase(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0);
        return string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
