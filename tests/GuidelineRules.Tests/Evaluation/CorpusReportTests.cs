using System.Globalization;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

public class CorpusReportTests
{
    [Test]
    [Explicit("Prints the full evaluation; run by hand while tuning rules.")]
    public void Print_evaluation()
    {
        var report = CorpusEvaluator.Evaluate(GuidelinePipeline.CreateDefault(), DevCorpus.All);
        foreach (var c in report.Categories)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Category,-15} TP={c.TruePositives,3} FP={c.FalsePositives,3} FN={c.FalseNegatives,3} P={c.Precision:F3} R={c.Recall:F3} F1={c.F1:F3} covered={c.IsCovered}"));
        }

        TestContext.Out.WriteLine($"clean flagged {report.CleanPostsFlagged}/{report.CleanPostCount}, hard negatives flagged {report.HardNegativesFlagged}/{report.HardNegativeCount}");
        foreach (var e in report.Errors)
        {
            TestContext.Out.WriteLine($"{e.PostId} expected=[{string.Join(",", e.Expected)}] predicted=[{string.Join(",", e.Predicted)}] {e.Text}");
        }
    }
}
