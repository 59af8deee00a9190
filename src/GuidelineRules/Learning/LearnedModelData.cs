using System.Text.Json.Serialization;

namespace GuidelineRules.Learning;

/// <summary>
/// A trained character n-gram model as stored (schema: <c>docs/schemas/learned-model.schema.json</c>): one logistic
/// regression per category over the counts of the folded text's 2- and 3-character sequences, with its weights
/// quantized to signed bytes.
/// </summary>
internal sealed class LearnedModelData
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>What the model is and how it was made, for people reading the file.</summary>
    public string? Description { get; set; }

    /// <summary>The labeled corpora the model was trained on, relative to the repository root.</summary>
    public List<string> TrainedOn { get; set; } = [];

    /// <summary>The training settings, so the model can be made again.</summary>
    public LearnedModelSettings Settings { get; set; } = new();

    /// <summary>The category keys, in the order of each weight row.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Each category's intercept.</summary>
    public List<double> Bias { get; set; } = [];

    /// <summary>A weight is its stored signed byte times this.</summary>
    public double WeightScale { get; set; }

    /// <summary>The folded n-grams, one weight row each.</summary>
    public List<string> Ngrams { get; set; } = [];

    /// <summary>Base64 of the signed-byte weights: <see cref="Ngrams"/> rows of <see cref="Categories"/> bytes.</summary>
    public string Weights { get; set; } = string.Empty;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LearnedModelData))]
internal sealed partial class LearnedModelJsonContext : JsonSerializerContext;
