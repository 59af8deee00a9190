using System.Globalization;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

/// <summary>
/// Two sets of posts written apart from the dev corpus (Challenge/). The first was written before the sixth
/// session's rule changes, measured (macro recall 0.584), and the rules were then broadened with it in view, so its
/// figures show what was fixed and guard it. The second was written after those changes and was not tuned on: its
/// figures are the honest estimate of how the rules do on posts nobody fitted them to, and they are asserted as a
/// floor so that a change cannot quietly make them worse.
/// </summary>
public class ChallengeSetTests
{
    private static readonly Lazy<EvaluationReport> Tuned = new(() => Evaluate("challenge.jsonl"));
    private static readonly Lazy<EvaluationReport> Untuned = new(() => Evaluate("challenge-2.jsonl"));

    [Test]
    public void The_first_challenge_set_is_caught_without_false_alarms()
    {
        var report = Tuned.Value;
        Print(report);
        foreach (var score in report.Categories)
        {
            score.Precision.Should().Be(1.0, score.Category);
            score.Recall.Should().BeGreaterThanOrEqualTo(0.80, score.Category);
        }

        report.CleanPostsFlagged.Should().Be(0);
    }

    [Test]
    public void The_untuned_challenge_set_stays_at_or_above_its_measured_floor()
    {
        var report = Untuned.Value;
        Print(report);
        double macroRecall = report.Categories.Average(c => c.Recall);
        double macroPrecision = report.Categories.Average(c => c.Precision);

        // Measured when the set was written: macro recall 0.653, precision 0.972, one clean post of 19 flagged
        // (「バカみたいに暑い」, an intensifier the insult rule does not yet tell apart).
        macroRecall.Should().BeGreaterThanOrEqualTo(0.65);
        macroPrecision.Should().BeGreaterThanOrEqualTo(0.97);
        report.CleanPostsFlagged.Should().BeLessThanOrEqualTo(1);
    }

    private static EvaluationReport Evaluate(string file) =>
        CorpusEvaluator.Evaluate(
            GuidelinePipeline.CreateDefault(),
            CorpusReader.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Challenge", file)));

    private static void Print(EvaluationReport report)
    {
        foreach (var score in report.Categories)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Category}: TP={score.TruePositives} FP={score.FalsePositives} FN={score.FalseNegatives} P={score.Precision:F3} R={score.Recall:F3}"));
        }

        TestContext.Out.WriteLine($"clean flagged: {report.CleanPostsFlagged}/{report.CleanPostCount}");
    }
}
