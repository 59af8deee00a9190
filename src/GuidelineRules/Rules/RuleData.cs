using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidelineRules.Rules;

/// <summary>The embedded JSON data of a rule (schema: <c>docs/schemas/rule-data.schema.json</c>).</summary>
internal sealed class RuleData
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Terms with per-term data.</summary>
    public List<TermEntry> Terms { get; set; } = [];

    /// <summary>Lists of plain strings sharing one kind (context words, negation, groups).</summary>
    public List<TermGroup> Groups { get; set; } = [];

    /// <summary>Named sets of plain strings that are not terms (domains, TLDs).</summary>
    public Dictionary<string, List<string>> Sets { get; set; } = [];

    /// <summary>Every entry as a <see cref="Term"/>.</summary>
    public IEnumerable<Term> ToTerms()
    {
        foreach (var entry in Terms)
        {
            yield return new Term(entry.Text, entry.Kind)
            {
                IsTrigger = entry.Trigger,
                Weight = entry.Weight,
                Exceptions = entry.Exceptions.ToImmutableArray(),
                Alternatives = entry.Alternatives.ToImmutableArray(),
                IsKatakanaWord = entry.KatakanaWord,
            };
        }

        foreach (var group in Groups)
        {
            foreach (string text in group.Terms)
            {
                yield return new Term(text, group.Kind)
                {
                    IsTrigger = group.Trigger,
                    Weight = group.Weight,
                    Exceptions = group.Exceptions.ToImmutableArray(),
                };
            }
        }
    }

    /// <summary>Loads <c>GuidelineRules.Rules.{name}.json</c> from this assembly.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or not valid rule data.</exception>
    public static RuleData LoadEmbedded(string name)
    {
        string resource = $"GuidelineRules.Rules.{name}.json";
        using var stream = typeof(RuleData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded rule data '{resource}' is missing.");
        try
        {
            return JsonSerializer.Deserialize(stream, RuleDataJsonContext.Default.RuleData)
                ?? throw new InvalidOperationException($"Embedded rule data '{resource}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Embedded rule data '{resource}' is not valid: {ex.Message}", ex);
        }
    }
}

/// <summary>One term of a rule's data.</summary>
internal sealed class TermEntry
{
    public string Text { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public bool Trigger { get; set; } = true;

    public int Weight { get; set; } = 1;

    public List<string> Exceptions { get; set; } = [];

    public List<string> Alternatives { get; set; } = [];

    public bool KatakanaWord { get; set; }
}

/// <summary>Plain strings sharing one kind.</summary>
internal sealed class TermGroup
{
    public string Kind { get; set; } = string.Empty;

    public bool Trigger { get; set; }

    public int Weight { get; set; } = 1;

    public List<string> Exceptions { get; set; } = [];

    public List<string> Terms { get; set; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RuleData))]
internal sealed partial class RuleDataJsonContext : JsonSerializerContext;
