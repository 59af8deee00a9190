using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Cli;

/// <summary><c>guidelinerules eval CORPUS.jsonl</c>: post-level precision, recall and F1 per category on labeled posts.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string>("corpus") { Description = "Labeled posts, one JSON object a line: {\"id\", \"text\", \"labels\": [category…]}." };
        var errors = new Option<bool>("--errors") { Description = "Also list the misclassified posts." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var config = CliApplication.ConfigOption();
        var language = CliApplication.LanguageOption();
        var command = new Command("eval", "Measure the configured rules on a labeled corpus.") { corpus, errors, format, config, language };
        command.SetAction(parseResult => Run(console, parseResult.GetValue(corpus)!, parseResult.GetValue(errors), parseResult.GetValue(format)!, parseResult.GetValue(config), parseResult.GetValue(language)));
        return command;
    }

    public static int Run(CliConsole console, string corpusPath, bool listErrors, string format, string? config, string? language)
    {
        string path = Path.GetFullPath(corpusPath, console.WorkingDirectory);
        IReadOnlyList<LabeledPost> posts;
        try
        {
            posts = CorpusReader.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new CliInputException($"{corpusPath}: {ex.Message}", ex);
        }

        var (analyzer, _) = CliApplication.BuildAnalyzer(console, config, language);
        var report = CorpusEvaluator.Evaluate(analyzer, posts);
        if (format == "json")
        {
            WriteJson(console.Out, report, listErrors);
        }
        else
        {
            WriteText(console.Out, report, listErrors);
        }

        return ExitCodes.Clean;
    }

    // Over the categories the rules cover, as the library's MacroF1.
    private static (double Precision, double Recall) MacroPrecisionRecall(EvaluationReport report)
    {
        var covered = report.Categories.Where(c => c.IsCovered).ToList();
        return covered.Count == 0 ? (0, 0) : (covered.Average(c => c.Precision), covered.Average(c => c.Recall));
    }

    private static void WriteText(TextWriter output, EvaluationReport report, bool listErrors)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"{report.PostCount} posts, {report.CleanPostCount} clean ({report.CleanPostsFlagged} flagged), {report.HardNegativeCount} hard negatives ({report.HardNegativesFlagged} flagged)");
        output.WriteLine();
        output.WriteLine(string.Format(c, "{0,-16} {1,4} {2,4} {3,4} {4,9} {5,7} {6,6}", "category", "TP", "FP", "FN", "precision", "recall", "F1"));
        foreach (var score in report.Categories)
        {
            output.WriteLine(string.Format(c, "{0,-16} {1,4} {2,4} {3,4} {4,9:F3} {5,7:F3} {6,6:F3}", score.Category, score.TruePositives, score.FalsePositives, score.FalseNegatives, score.Precision, score.Recall, score.F1));
        }

        var (precision, recall) = MacroPrecisionRecall(report);
        output.WriteLine(string.Format(c, "{0,-16} {1,4} {2,4} {3,4} {4,9:F3} {5,7:F3} {6,6:F3}", "macro average", string.Empty, string.Empty, string.Empty, precision, recall, report.MacroF1));
        if (listErrors && report.Errors.Length > 0)
        {
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                output.WriteLine($"{error.PostId}: expected [{string.Join(", ", error.Expected)}], found [{string.Join(", ", error.Predicted)}]: {error.Text}");
            }
        }
    }

    private static void WriteJson(TextWriter output, EvaluationReport report, bool listErrors)
    {
        using (var json = new JsonOutput(output))
        {
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteNumber("posts", report.PostCount);
            w.WriteNumber("cleanPosts", report.CleanPostCount);
            w.WriteNumber("cleanPostsFlagged", report.CleanPostsFlagged);
            w.WriteNumber("hardNegatives", report.HardNegativeCount);
            w.WriteNumber("hardNegativesFlagged", report.HardNegativesFlagged);
            var (precision, recall) = MacroPrecisionRecall(report);
            w.WriteNumber("macroPrecision", Math.Round(precision, 4));
            w.WriteNumber("macroRecall", Math.Round(recall, 4));
            w.WriteNumber("macroF1", Math.Round(report.MacroF1, 4));
            w.WriteStartArray("categories");
            foreach (var s in report.Categories)
            {
                w.WriteStartObject();
                w.WriteString("category", s.Category);
                w.WriteNumber("tp", s.TruePositives);
                w.WriteNumber("fp", s.FalsePositives);
                w.WriteNumber("fn", s.FalseNegatives);
                w.WriteNumber("precision", Math.Round(s.Precision, 4));
                w.WriteNumber("recall", Math.Round(s.Recall, 4));
                w.WriteNumber("f1", Math.Round(s.F1, 4));
                w.WriteBoolean("covered", s.IsCovered);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (listErrors)
            {
                w.WriteStartArray("errors");
                foreach (var e in report.Errors)
                {
                    w.WriteStartObject();
                    w.WriteString("id", e.PostId);
                    w.WriteStartArray("expected");
                    e.Expected.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                    w.WriteStartArray("predicted");
                    e.Predicted.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                    w.WriteString("text", e.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            json.Flush();
        }

        output.WriteLine();
    }
}
