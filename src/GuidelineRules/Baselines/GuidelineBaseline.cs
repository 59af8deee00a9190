using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GuidelineRules.Text;

namespace GuidelineRules;

/// <summary>One recorded finding of a baseline.</summary>
/// <param name="RuleId">The rule ID.</param>
/// <param name="Fingerprint">See <see cref="GuidelineBaseline.Fingerprint"/>.</param>
/// <param name="File">The file or post the finding was in, if any (forward slashes).</param>
/// <param name="Count">How many findings share rule, fingerprint and file.</param>
public sealed record BaselineEntry(string RuleId, string Fingerprint, string? File, int Count);

/// <summary>
/// Today's findings, recorded so that only new ones are reported (as Roslyn, detekt and gitleaks baselines do).
/// A finding is identified by its rule ID, its folded matched text and the folded text around it on its line —
/// never by line numbers, so edits elsewhere in a file do not bring recorded findings back.
/// </summary>
public sealed class GuidelineBaseline
{
    /// <summary>The format version written to and accepted from files.</summary>
    public const int FormatVersion = 1;

    private const int ContextLength = 16;

    private readonly Dictionary<(string File, string RuleId, string Fingerprint), int> _counts = [];

    private GuidelineBaseline(IEnumerable<BaselineEntry> entries)
    {
        foreach (var entry in entries)
        {
            var key = (NormalizeFile(entry.File), entry.RuleId, entry.Fingerprint);
            _counts[key] = _counts.GetValueOrDefault(key) + entry.Count;
        }
    }

    /// <summary>An empty baseline: every finding is new.</summary>
    public static GuidelineBaseline Empty { get; } = new([]);

    /// <summary>The recorded findings, in a stable order.</summary>
    public ImmutableArray<BaselineEntry> Entries =>
    [
        .. _counts.OrderBy(p => p.Key.File, StringComparer.Ordinal).ThenBy(p => p.Key.RuleId, StringComparer.Ordinal).ThenBy(p => p.Key.Fingerprint, StringComparer.Ordinal)
            .Select(p => new BaselineEntry(p.Key.RuleId, p.Key.Fingerprint, p.Key.File.Length == 0 ? null : p.Key.File, p.Value)),
    ];

    /// <summary>Creates a baseline from entries.</summary>
    public static GuidelineBaseline Create(IEnumerable<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(entries);
    }

    /// <summary>Records the findings of texts, one call per file or post, then <see cref="Builder.ToBaseline"/>.</summary>
    public static Builder CreateBuilder() => new();

    /// <summary>
    /// The fingerprint of a finding: the first 16 bytes (hex) of SHA-256 over its rule ID, its matched text folded
    /// (full-width, kana and case variants alike) and up to 16 folded characters either side on its line, spaces dropped.
    /// </summary>
    public static string Fingerprint(Diagnostic diagnostic, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Span;
        if (span.End > text.Length)
        {
            throw new ArgumentException($"{diagnostic.Id} at {span.Start}..{span.End} lies outside the text of length {text.Length}.", nameof(diagnostic));
        }

        int lineStart = text[..span.Start].LastIndexOfAny('\n', '\r') + 1;
        int lineEnd = text[span.End..].IndexOfAny('\n', '\r');
        lineEnd = lineEnd < 0 ? text.Length : span.End + lineEnd;
        var before = text[Math.Max(lineStart, span.Start - ContextLength)..span.Start];
        var after = text[span.End..Math.Min(lineEnd, span.End + ContextLength)];
        string material = string.Join('\u001F', diagnostic.Id, Fold(text.Slice(span.Start, span.Length)), Fold(before), Fold(after));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="GuidelineConfigurationException">The file cannot be read or is not a baseline.</exception>
    public static GuidelineBaseline Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = GuidelineConfigurationException.ReadFile(path, "baseline");

        BaselineFile file;
        try
        {
            file = JsonSerializer.Deserialize(bytes, BaselineJsonContext.Default.BaselineFile)
                ?? throw new GuidelineConfigurationException(path, 1, 1, "$", "a baseline must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new GuidelineConfigurationException(path, (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1, ex.Path, ex.Message, ex);
        }

        if (file.Version != FormatVersion)
        {
            throw new GuidelineConfigurationException(path, 0, 0, "$.version", $"baseline format version {file.Version} is not supported; this version reads {FormatVersion}.");
        }

        for (int i = 0; i < file.Findings.Count; i++)
        {
            var f = file.Findings[i];
            if (string.IsNullOrWhiteSpace(f.RuleId) || string.IsNullOrWhiteSpace(f.Fingerprint) || f.Count < 1)
            {
                throw new GuidelineConfigurationException(path, 0, 0, $"$.findings[{i}]", "a finding needs a ruleId, a fingerprint and a count of at least 1.");
            }
        }

        return new(file.Findings.Select(f => new BaselineEntry(f.RuleId, f.Fingerprint, f.File, f.Count)));
    }

    /// <summary>Writes the baseline as JSON (stable order, so that it diffs well under version control).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new BaselineFile
        {
            Version = FormatVersion,
            Findings = [.. Entries.Select(e => new BaselineFinding { RuleId = e.RuleId, Fingerprint = e.Fingerprint, File = e.File, Count = e.Count })],
        };
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(file, BaselineJsonContext.Default.BaselineFile));
    }

    /// <summary>
    /// The diagnostics of <paramref name="text"/> that the baseline does not record. Each recorded finding accounts for
    /// one diagnostic: a third occurrence of a finding recorded twice is new.
    /// </summary>
    public ImmutableArray<Diagnostic> FilterNew(string? file, ReadOnlySpan<char> text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        string fileKey = NormalizeFile(file);
        var remaining = new Dictionary<(string, string, string), int>();
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var key = (fileKey, diagnostic.Id, Fingerprint(diagnostic, text));
            if (!remaining.TryGetValue(key, out int left))
            {
                left = _counts.GetValueOrDefault(key);
            }

            if (left > 0)
            {
                remaining[key] = left - 1;
            }
            else
            {
                remaining[key] = 0;
                result.Add(diagnostic);
            }
        }

        return result.ToImmutable();
    }

    private static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return TextNormalizer.FoldTerm(builder.ToString());
    }

    private static string NormalizeFile(string? file) => file is null ? string.Empty : file.Replace('\\', '/');

    /// <summary>Collects findings for a new baseline.</summary>
    public sealed class Builder
    {
        private readonly List<BaselineEntry> _entries = [];

        internal Builder()
        {
        }

        /// <summary>Records the diagnostics of one text.</summary>
        public Builder Add(string? file, ReadOnlySpan<char> text, IEnumerable<Diagnostic> diagnostics)
        {
            ArgumentNullException.ThrowIfNull(diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                _entries.Add(new BaselineEntry(diagnostic.Id, Fingerprint(diagnostic, text), file, 1));
            }

            return this;
        }

        /// <summary>The baseline of everything recorded.</summary>
        public GuidelineBaseline ToBaseline() => new(_entries);
    }
}

internal sealed class BaselineFile
{
    public int Version { get; set; }

    public List<BaselineFinding> Findings { get; set; } = [];
}

internal sealed class BaselineFinding
{
    public string RuleId { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; set; }

    public int Count { get; set; } = 1;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(BaselineFile))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
