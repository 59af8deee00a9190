using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace GuidelineRules.Cli;

/// <summary><c>guidelinerules check [PATH|GLOB|-]...</c>: checks files and posts, prints findings, and fails the build on them.</summary>
internal static class CheckCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files, directories (recursively, honouring .guidelinerulesignore), globs, or - for standard input. Default: the working directory.",
        };
        var format = new Option<string>("--format") { Description = "Output: text (compiler-style), json or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var config = CliApplication.ConfigOption();
        var baseline = new Option<string>("--baseline") { Description = "Report only findings this baseline file does not record." };
        var writeBaseline = new Option<string>("--write-baseline") { Description = "Record every finding in a new baseline file." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above: error, warning, suggestion or none.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
        var language = CliApplication.LanguageOption();
        var fix = new Option<bool>("--fix") { Description = "Apply suggested fixes to the files in place." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print a diff instead of writing files." };
        var command = new Command("check", "Check files, directories, globs or standard input.")
        {
            paths, format, config, baseline, writeBaseline, failOn, language, fix, dryRun,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            console,
            new CheckOptions(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(format)!,
                parseResult.GetValue(config),
                parseResult.GetValue(baseline),
                parseResult.GetValue(writeBaseline),
                parseResult.GetValue(failOn)!,
                parseResult.GetValue(language),
                parseResult.GetValue(fix),
                parseResult.GetValue(dryRun)),
            cancellationToken)));
        return command;
    }

    /// <summary>Called after each file, for the memory test.</summary>
    internal static Action<int>? FileChecked { get; set; }

    public static int Run(CliConsole console, CheckOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun && !options.Fix)
        {
            throw new CliInputException("--dry-run only goes with --fix.");
        }

        if (options.Fix && options.Paths.Contains("-"))
        {
            throw new CliInputException("--fix rewrites files; it cannot rewrite standard input.");
        }

        var (analyzer, language) = CliApplication.BuildAnalyzer(console, options.Config, options.Language);
        var baseline = options.Baseline is null ? null : GuidelineBaseline.Load(Path.GetFullPath(options.Baseline, console.WorkingDirectory));
        var recorded = options.WriteBaseline is null ? null : GuidelineBaseline.CreateBuilder();
        Severity? threshold = options.FailOn switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Info,
            _ => null,
        };
        using IFindingWriter writer = options.Format switch
        {
            "json" => new JsonFindingWriter(console.Out, language),
            "sarif" => new SarifFindingWriter(console.Out, language),
            _ => new TextFindingWriter(console.Out, language),
        };

        string root = InputFiles.RepositoryRoot(console.WorkingDirectory);
        int files = 0, posts = 0, findings = 0, errors = 0, warnings = 0, suggestions = 0;
        bool failed = false;
        writer.Begin(analyzer);
        foreach (var input in InputFiles.Enumerate(options.Paths, console.WorkingDirectory, root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = Read(console, input);
            files++;
            var reported = new List<Diagnostic>();
            foreach (var (postId, postLine, postText) in Units(input, text))
            {
                posts += postId is null ? 0 : 1;
                var result = analyzer.Analyze(postText.AsMemory(), cancellationToken);
                string artifact = postId is null ? input.DisplayPath : $"{input.DisplayPath}#{postId}";
                recorded?.Add(artifact, postText, result.Diagnostics);
                var fresh = baseline is null ? result.Diagnostics : baseline.FilterNew(artifact, postText, result.Diagnostics);
                foreach (var diagnostic in fresh)
                {
                    if (diagnostic.Severity == Severity.Hidden)
                    {
                        continue; // silent: kept out of output, as a compiler does
                    }

                    writer.Write(new Finding(input, postId, postLine, diagnostic, GuidelineBaseline.Fingerprint(diagnostic, postText)));
                    reported.Add(diagnostic);
                    findings++;
                    errors += diagnostic.Severity == Severity.Error ? 1 : 0;
                    warnings += diagnostic.Severity == Severity.Warning ? 1 : 0;
                    suggestions += diagnostic.Severity == Severity.Info ? 1 : 0;
                    failed |= threshold is { } t && diagnostic.Severity >= t;
                }
            }

            if (options.Fix && !input.IsJsonLines && reported.Count > 0)
            {
                ApplyFixes(console, input, text, reported, options.DryRun);
            }

            FileChecked?.Invoke(files);
            if (console.ErrorIsTerminal && files % 100 == 0)
            {
                console.Error.Write($"\rguidelinerules: {files} files checked, {findings} findings");
            }
        }

        if (console.ErrorIsTerminal && files >= 100)
        {
            console.Error.WriteLine($"\rguidelinerules: {files} files checked, {findings} findings");
        }

        writer.End(new CheckSummary(files, posts, findings, errors, warnings, suggestions));
        if (recorded is not null)
        {
            string path = Path.GetFullPath(options.WriteBaseline!, console.WorkingDirectory);
            try
            {
                recorded.ToBaseline().Save(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"{path}: cannot write the baseline: {ex.Message}", ex);
            }
        }

        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string Read(CliConsole console, InputFile input)
    {
        if (input.FullPath is null)
        {
            return console.In.ReadToEnd();
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{input.DisplayPath}: cannot read the file: {ex.Message}", ex);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CliInputException($"{input.DisplayPath}: not valid UTF-8 (byte {ex.Index} of the invalid sequence); save the file as UTF-8.", ex);
        }
    }

    /// <summary>The texts of a file: the whole of it, or each post of a <c>.jsonl</c> file with its ID and line.</summary>
    private static IEnumerable<(string? PostId, int Line, string Text)> Units(InputFile input, string text)
    {
        if (!input.IsJsonLines)
        {
            yield return (null, 1, text);
            yield break;
        }

        int lineNumber = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id;
            string? postText;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    throw new CliInputException($"{input.DisplayPath}({lineNumber}): a post must be a JSON object with a \"text\" string.");
                }

                postText = textElement.GetString()!;
                id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText())
                    : $"line {lineNumber}";
            }
            catch (JsonException ex)
            {
                throw new CliInputException($"{input.DisplayPath}({lineNumber}): not a JSON post: {ex.Message}", ex);
            }

            yield return (id, lineNumber, postText);
        }
    }

    private static void ApplyFixes(CliConsole console, InputFile input, string text, List<Diagnostic> diagnostics, bool dryRun)
    {
        string fixedText = FixApplier.Apply(text, diagnostics);
        if (fixedText == text)
        {
            return;
        }

        if (dryRun)
        {
            console.Out.Write(UnifiedDiff.Create(input.DisplayPath, text, fixedText));
            return;
        }

        try
        {
            File.WriteAllText(input.FullPath!, fixedText, StrictUtf8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{input.DisplayPath}: cannot write the fixed file: {ex.Message}", ex);
        }
    }
}

internal sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? Config,
    string? Baseline,
    string? WriteBaseline,
    string FailOn,
    string? Language,
    bool Fix,
    bool DryRun);
