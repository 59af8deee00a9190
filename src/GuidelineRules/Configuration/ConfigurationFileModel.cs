using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidelineRules;

/// <summary>The shape of <c>guidelinerules.json</c> (schema: <c>docs/schemas/guidelinerules.schema.json</c>).</summary>
internal sealed class ConfigurationFileModel
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Language { get; set; }

    public SeveritySection? Severity { get; set; }

    public Dictionary<string, List<ExtraTermModel>>? Terms { get; set; }

    public AllowSection? Allow { get; set; }

    public List<string>? AdultDomainLists { get; set; }

    public Dictionary<string, Dictionary<string, JsonElement>>? RuleOptions { get; set; }

    public bool? InlineSuppressions { get; set; }
}

internal sealed class SeveritySection
{
    public string? All { get; set; }

    public Dictionary<string, string>? Categories { get; set; }

    public Dictionary<string, string>? Rules { get; set; }
}

internal sealed class ExtraTermModel
{
    public string? Text { get; set; }

    public List<string>? Exceptions { get; set; }

    public List<string>? Alternatives { get; set; }
}

internal sealed class AllowSection
{
    public List<string>? PhoneNumbers { get; set; }

    public List<string>? Domains { get; set; }

    public List<string>? Words { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ConfigurationFileModel))]
internal sealed partial class ConfigurationJsonContext : JsonSerializerContext;
