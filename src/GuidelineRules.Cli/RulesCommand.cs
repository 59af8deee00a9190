using System.CommandLine;

namespace GuidelineRules.Cli;

/// <summary><c>guidelinerules rules</c>: the table of rules; the README's table is this command's Markdown output.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "text or markdown (the README's table).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var config = CliApplication.ConfigOption();
        var command = new Command("rules", "List the rules: ID, category, clause, title, default severity, fix.") { format, config };
        command.SetAction(parseResult =>
        {
            var (analyzer, _) = CliApplication.BuildAnalyzer(console, parseResult.GetValue(config), null);
            console.Out.Write(parseResult.GetValue(format) == "markdown" ? Markdown(analyzer.Descriptors) : Text(analyzer.Descriptors));
            return ExitCodes.Clean;
        });
        return command;
    }

    public static string Markdown(IEnumerable<RuleDescriptor> descriptors)
    {
        var lines = new List<string>
        {
            "| ID | Category | Clause | Title | Default severity | Fix |",
            "|---|---|---|---|---|---|",
        };
        foreach (var d in descriptors)
        {
            lines.Add($"| [{d.Id}]({d.HelpUri}) | {d.Category} | {d.Clause} | {d.Title.Japanese} / {d.Title.English} | {d.DefaultSeverity} | {d.FixDescription ?? "–"} |");
        }

        return string.Join('\n', lines) + "\n";
    }

    public static string Text(IEnumerable<RuleDescriptor> descriptors)
    {
        var lines = new List<string> { $"{"ID",-8} {"category",-15} {"clause",-11} {"severity",-8} {"fix",-4} title" };
        foreach (var d in descriptors)
        {
            lines.Add($"{d.Id,-8} {d.Category,-15} {d.Clause,-11} {d.DefaultSeverity,-8} {(d.FixDescription is null ? "no" : "yes"),-4} {d.Title.Japanese} / {d.Title.English}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
