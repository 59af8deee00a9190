using System.CommandLine;

namespace GuidelineRules.Cli;

/// <summary>The <c>guidelinerules</c> command line: <c>check</c>, <c>eval</c> and <c>rules</c>.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Checks texts against 千葉市's social media guideline (GuidelineRules).");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await console.Error.WriteLineAsync($"guidelinerules: {error.Message}");
            }

            await console.Error.WriteLineAsync("Run 'guidelinerules --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliInputException ex)
        {
            await console.Error.WriteLineAsync($"guidelinerules: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (GuidelineConfigurationException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"guidelinerules: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (PlatformNotSupportedException ex)
        {
            await console.Error.WriteLineAsync($"guidelinerules: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>Builds the analyzer from <c>--config</c> (or the nearest <c>guidelinerules.json</c>) and <c>--lang</c>.</summary>
    public static (IGuidelineAnalyzer Analyzer, MessageLanguage Language) BuildAnalyzer(CliConsole console, string? configPath, string? language)
    {
        var builder = GuidelinePipeline.CreateBuilder().AddDefaultRules();
        string? path = configPath is null ? GuidelineConfiguration.FindNearest(console.WorkingDirectory) : Path.GetFullPath(configPath, console.WorkingDirectory);
        if (path is not null)
        {
            builder.UseConfiguration(GuidelineConfiguration.Load(path));
        }

        if (language is not null)
        {
            // --lang wins over the file: a one-setting configuration applied after it.
            builder.UseConfiguration(GuidelineConfiguration.Parse($$"""{ "language": "{{language}}" }""", "--lang"));
        }

        var analyzer = builder.Build();
        return (analyzer, builder.Options.Language);
    }

    public static Option<string> LanguageOption() => new Option<string>("--lang") { Description = "Message language: ja or en (default: the configuration's, else ja)." }.AcceptOnlyFromAmongFluent("ja", "en");

    public static Option<string> ConfigOption() => new("--config") { Description = "Configuration file (default: the nearest guidelinerules.json upward from the working directory)." };

    private static Option<string> AcceptOnlyFromAmongFluent(this Option<string> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
