using System.Globalization;
using System.Text.Json;
using GuidelineRules.Text;

namespace GuidelineRules;

/// <summary>
/// A <c>guidelinerules.json</c> file, read and checked: severities (per rule ID, per category, for every rule),
/// extra terms, allowlists, adult-domain list files, rule options and the message language. Apply it to a pipeline
/// with <see cref="GuidelinePipelineBuilder.UseConfiguration"/>; what depends on the pipeline's rules (rule IDs,
/// categories, option names) is checked when the pipeline is built, and errors still name the file and line.
/// </summary>
public sealed class GuidelineConfiguration
{
    /// <summary>The file name looked for by tools (<c>guidelinerules.json</c>).</summary>
    public const string DefaultFileName = "guidelinerules.json";

    private readonly ConfigurationFileModel _model;
    private readonly JsonLocations _locations;
    private readonly List<(string Path, IReadOnlyList<string> Domains)> _adultDomainLists = [];

    private GuidelineConfiguration(string filePath, ConfigurationFileModel model, JsonLocations locations)
    {
        FilePath = filePath;
        _model = model;
        _locations = locations;
    }

    /// <summary>The file the configuration was read from (or the name given when parsing).</summary>
    public string FilePath { get; }

    /// <summary>Reads and checks a configuration file; list files it names are read relative to its folder.</summary>
    /// <exception cref="GuidelineConfigurationException">The file or a list file cannot be read, is not valid JSON, or holds a wrong value.</exception>
    public static GuidelineConfiguration Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = GuidelineConfigurationException.ReadFile(path, "configuration file");

        return Parse(bytes, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Parses configuration JSON; <paramref name="sourceName"/> names it in errors and list files are read relative to <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="GuidelineConfigurationException">The JSON is not valid or holds a wrong value.</exception>
    public static GuidelineConfiguration Parse(ReadOnlySpan<byte> utf8Json, string sourceName, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        ConfigurationFileModel model;
        JsonLocations locations;
        try
        {
            locations = JsonLocations.Read(utf8Json);
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            model = JsonSerializer.Deserialize(ref reader, ConfigurationJsonContext.Default.ConfigurationFileModel)
                ?? throw new GuidelineConfigurationException(sourceName, 1, 1, "$", "the configuration must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            throw FromJsonException(sourceName, ex);
        }

        var configuration = new GuidelineConfiguration(sourceName, model, locations);
        configuration.CheckValues(baseDirectory);
        return configuration;
    }

    /// <summary>Parses configuration JSON text.</summary>
    /// <exception cref="GuidelineConfigurationException">The JSON is not valid or holds a wrong value.</exception>
    public static GuidelineConfiguration Parse(string json, string sourceName = "guidelinerules.json", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), sourceName, baseDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Looks for <see cref="DefaultFileName"/> in <paramref name="directory"/> and its parents.</summary>
    /// <returns>The path of the nearest file, or <see langword="null"/>.</returns>
    public static string? FindNearest(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            string candidate = Path.Combine(current.FullName, DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks what depends on the pipeline's rules and copies the settings into <paramref name="options"/>.
    /// Called by <see cref="GuidelinePipelineBuilder.Build"/>.
    /// </summary>
    internal void ApplyTo(GuidelinePipelineOptions options, IReadOnlyList<IGuidelineRule> rules)
    {
        var catalog = new RuleCatalog(rules);
        if (_model.Language is { } language)
        {
            options.Language = language == "en" ? MessageLanguage.English : MessageLanguage.Japanese;
        }

        if (_model.InlineSuppressions is { } inline)
        {
            options.InlineSuppressions = inline;
        }

        if (_model.Severity is { } severity)
        {
            if (severity.All is { } all)
            {
                options.CategorySeverities[GuidelinePipelineOptions.AllCategories] = ParseSeverity(all, "$.severity.all");
            }

            foreach (var (category, value) in severity.Categories ?? [])
            {
                string path = $"$.severity.categories.{category}";
                ThrowIf(catalog.CheckCategory(category), path);

                options.CategorySeverities[category] = ParseSeverity(value, path);
            }

            foreach (var (id, value) in severity.Rules ?? [])
            {
                string path = $"$.severity.rules.{id}";
                ThrowIf(catalog.CheckId(id), path);

                options.RuleSeverities[id] = ParseSeverity(value, path);
            }
        }

        foreach (var (category, terms) in _model.Terms ?? [])
        {
            ThrowIf(catalog.CheckCategory(category), $"$.terms.{category}");

            foreach (var term in terms)
            {
                options.ExtraTerms.Add(new ExtraTerm(category, term.Text!)
                {
                    Exceptions = term.Exceptions ?? [],
                    Alternatives = term.Alternatives ?? [],
                });
            }
        }

        if (_model.Allow is { } allow)
        {
            options.AllowedPhoneNumbers.UnionWith(allow.PhoneNumbers ?? []);
            options.AllowedDomains.UnionWith(allow.Domains ?? []);
            options.AllowedWords.UnionWith(allow.Words ?? []);
        }

        foreach (var (_, domains) in _adultDomainLists)
        {
            options.AdultDomains.UnionWith(domains);
        }

        foreach (var (id, values) in _model.RuleOptions ?? [])
        {
            ThrowIf(catalog.CheckId(id), $"$.ruleOptions.{id}");
            if (!options.RuleOptions.TryGetValue(id, out var target))
            {
                target = new Dictionary<string, string>(StringComparer.Ordinal);
                options.RuleOptions[id] = target;
            }

            foreach (var (name, value) in values)
            {
                ThrowIf(catalog.CheckOption(id, name), $"$.ruleOptions.{id}.{name}");
                target[name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!,
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                    _ => throw Error($"$.ruleOptions.{id}.{name}", "an option value must be a string, a number or a boolean."),
                };
            }
        }
    }

    // Checks that need no rules: value sets, required fields, list files.
    private void CheckValues(string baseDirectory)
    {
        if (_model.Language is { } language && language is not ("ja" or "en"))
        {
            throw Error("$.language", $"'{language}' is not a message language; use \"ja\" or \"en\".");
        }

        if (_model.Severity is { } severity)
        {
            if (severity.All is { } all)
            {
                ParseSeverity(all, "$.severity.all");
            }

            foreach (var (category, value) in severity.Categories ?? [])
            {
                ParseSeverity(value, $"$.severity.categories.{category}");
            }

            foreach (var (id, value) in severity.Rules ?? [])
            {
                ParseSeverity(value, $"$.severity.rules.{id}");
            }
        }

        foreach (var (category, terms) in _model.Terms ?? [])
        {
            for (int i = 0; i < terms.Count; i++)
            {
                string path = $"$.terms.{category}[{i}]";
                if (terms[i] is null || string.IsNullOrWhiteSpace(terms[i].Text))
                {
                    throw Error(path, "a term needs a non-empty \"text\".");
                }

                if (TextNormalizer.FoldTerm(terms[i].Text!).Length > Term.MaxFoldedLength)
                {
                    throw Error(path + ".text", $"a term is at most {Term.MaxFoldedLength} characters.");
                }

                CheckStrings(terms[i].Exceptions, path + ".exceptions");
                CheckStrings(terms[i].Alternatives, path + ".alternatives");
            }
        }

        if (_model.Allow is { } allow)
        {
            CheckStrings(allow.PhoneNumbers, "$.allow.phoneNumbers");
            CheckStrings(allow.Domains, "$.allow.domains");
            CheckStrings(allow.Words, "$.allow.words");
        }

        var lists = _model.AdultDomainLists ?? [];
        for (int i = 0; i < lists.Count; i++)
        {
            string path = $"$.adultDomainLists[{i}]";
            if (string.IsNullOrWhiteSpace(lists[i]))
            {
                throw Error(path, "a list file path must not be empty.");
            }

            string listPath = Path.GetFullPath(Path.Combine(baseDirectory, lists[i]));
            try
            {
                _adultDomainLists.Add((listPath, DomainListReader.ReadFile(listPath)));
            }
            catch (GuidelineConfigurationException ex)
            {
                throw Error(path, $"adult-domain list '{lists[i]}': {ex.Message}", ex);
            }
        }
    }

    private void CheckStrings(List<string>? values, string path)
    {
        for (int i = 0; values is not null && i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw Error($"{path}[{i}]", "an entry must be a non-empty string.");
            }
        }
    }

    private Severity? ParseSeverity(string value, string path) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "suggestion" => Severity.Info,
        "silent" => Severity.Hidden,
        "none" => null,
        _ => throw Error(path, $"'{value}' is not a severity; use error, warning, suggestion, silent or none."),
    };

    private void ThrowIf(string? problem, string path)
    {
        if (problem is not null)
        {
            throw Error(path, problem);
        }
    }

    private GuidelineConfigurationException Error(string path, string problem, Exception? inner = null)
    {
        var (line, column) = _locations.Find(path);
        return new GuidelineConfigurationException(FilePath, line, column, path, problem, inner);
    }

    private static GuidelineConfigurationException FromJsonException(string sourceName, JsonException ex)
    {
        // The serializer's message repeats the path and position, and names .NET types; say it plainly instead.
        string message = ex.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            int start = message.IndexOf('\'', StringComparison.Ordinal);
            int end = start >= 0 ? message.IndexOf('\'', start + 1) : -1;
            message = end > start ? $"unknown property {message[start..(end + 1)]}." : "unknown property.";
        }
        else if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            message = "the property is given twice; only one may be given.";
        }
        else if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            message = "wrong type: " + message.Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
                .Replace("GuidelineRules.", string.Empty, StringComparison.Ordinal);
        }

        int line = (int)(ex.LineNumber ?? -1) + 1;
        int column = (int)(ex.BytePositionInLine ?? -1) + 1;
        return new GuidelineConfigurationException(sourceName, line, column, ex.Path, message, ex);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"GuidelineConfiguration({FilePath})");
}
