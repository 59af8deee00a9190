using System.Text.Json.Serialization;

namespace GuidelineRules.Evaluation;

/// <summary>One labeled post of a corpus (the format of <c>corpus/SCHEMA.md</c>).</summary>
public sealed class LabeledPost
{
    /// <summary>The post's identifier.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The post's text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    /// <summary>Category keys the post violates; empty for a clean post.</summary>
    [JsonPropertyName("labels")]
    public List<string> Labels { get; set; } = [];

    /// <summary>Exact substrings of <see cref="Text"/> that show each problem.</summary>
    [JsonPropertyName("evidence")]
    public List<string> Evidence { get; set; } = [];

    /// <summary>Why the post is (or is not) a violation.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; set; }

    /// <summary>Whether the post is clean but uses trigger-like words innocently (its note starts with "Hard negative").</summary>
    [JsonIgnore]
    public bool IsHardNegative => Labels.Count == 0 && (Note?.StartsWith("Hard negative", StringComparison.OrdinalIgnoreCase) ?? false);
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(LabeledPost))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
