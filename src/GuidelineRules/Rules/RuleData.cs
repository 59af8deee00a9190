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

    /// <summary>
    /// Two lists of words that are evidence only together: a word of the first list followed closely, in the same
    /// sentence, by one of the second. 「本当かは」…「知らない」 says a claim is unverified in more ways than a
    /// list of whole phrases can spell out.
    /// </summary>
    public List<TermPair> Pairs { get; set; } = [];

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

        for (int p = 0; p < Pairs.Count; p++)
        {
            var pair = Pairs[p];
            var foldedExceptions = new string[pair.Exceptions.Count];
            for (int e = 0; e < foldedExceptions.Length; e++)
            {
                foldedExceptions[e] = Text.TextNormalizer.FoldTerm(pair.Exceptions[e]);
            }

            foreach (string text in pair.First)
            {
                yield return new Term(text, TermPair.FirstKind(pair.Kind, p)) { IsTrigger = false, Exceptions = ExceptionsContaining(pair.Exceptions, foldedExceptions, text) };
            }

            // The second word makes the pipeline call the rule; the pair itself is put together before the rule judges.
            foreach (string text in pair.Second)
            {
                yield return new Term(text, TermPair.SecondKind(pair.Kind, p)) { IsTrigger = pair.Trigger, Exceptions = ExceptionsContaining(pair.Exceptions, foldedExceptions, text) };
            }
        }
    }

    // A pair's exceptions are written once for all its words; each word gets only those that contain it, the only
    // ones that can cover a match of it, so the matcher is not given hundreds of patterns that never except anything.
    private static ImmutableArray<string> ExceptionsContaining(List<string> exceptions, string[] foldedExceptions, string text)
    {
        if (exceptions.Count == 0)
        {
            return [];
        }

        string foldedText = Text.TextNormalizer.FoldTerm(text);
        var builder = ImmutableArray.CreateBuilder<string>();
        for (int e = 0; e < foldedExceptions.Length; e++)
        {
            if (foldedExceptions[e].Contains(foldedText, StringComparison.Ordinal))
            {
                builder.Add(exceptions[e]);
            }
        }

        return builder.ToImmutable();
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

/// <summary>A pair of word lists that are evidence of <see cref="Kind"/> only together (see <see cref="RuleData.Pairs"/>).</summary>
internal sealed class TermPair
{
    /// <summary>The widest gap the data may ask for: pairs are for words of one phrase or clause.</summary>
    public const int MaxWindow = 30;

    /// <summary>The kind a match of the pair gets, as if it were one term.</summary>
    public string Kind { get; set; } = string.Empty;

    public bool Trigger { get; set; } = true;

    public int Weight { get; set; } = 1;

    /// <summary>The most folded characters allowed between the end of the first word and the start of the second.</summary>
    public int Window { get; set; } = 8;

    /// <summary>
    /// Whether the second word may stand in the sentence after the first's: a frame whose picture is offered in a
    /// sentence of its own (「血の海だった。写真あるよ」). The window still bounds the gap.
    /// </summary>
    public bool NextSentence { get; set; }

    public List<string> Exceptions { get; set; } = [];

    public List<string> First { get; set; } = [];

    public List<string> Second { get; set; } = [];

    // The parts' kinds are the rule's own business: no judgement reads them, only the pairing step.
    public static string FirstKind(string kind, int index) => $"{kind}.pair{index}.first";

    public static string SecondKind(string kind, int index) => $"{kind}.pair{index}.second";
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
