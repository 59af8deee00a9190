using System.Globalization;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

/// <summary>
/// Real sentences the rules were not tuned on (inspection-ai/japanese-toxic-dataset, Apache-2.0; labels are
/// loose votes mapped to our keys). Unanimously non-toxic sentences must stay quiet; recall is printed, not
/// asserted, because those labels are not ours.
/// </summary>
public class HeldOutTests
{
    private static readonly Lazy<IReadOnlyList<LabeledPost>> Posts = new(() =>
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "HeldOut", "inspection-ai.jsonl");
        var lines = File.ReadAllLines(path).Select(l => l.Replace("\"personal-info\"", "\"rights\"", StringComparison.Ordinal));
        return CorpusReader.Read(new StringReader(string.Join('\n', lines)), path);
    });

    [Test]
    public void Sentences_nobody_found_toxic_are_rarely_flagged()
    {
        var report = CorpusEvaluator.Evaluate(GuidelinePipeline.CreateDefault(), Posts.Value);
        foreach (var score in report.Categories.Where(c => c.TruePositives + c.FalseNegatives > 0))
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out {score.Category}: TP={score.TruePositives} FP={score.FalsePositives} FN={score.FalseNegatives} P={score.Precision:F3} R={score.Recall:F3}"));
        }

        TestContext.Out.WriteLine($"held-out clean flagged: {report.CleanPostsFlagged}/{report.CleanPostCount}");
        foreach (var e in report.Errors.Where(e => e.Expected.IsEmpty))
        {
            TestContext.Out.WriteLine($"  {e.PostId} got [{string.Join(",", e.Predicted)}]: {e.Text}");
        }

        ((double)report.CleanPostsFlagged / report.CleanPostCount).Should().BeLessThanOrEqualTo(0.02);
    }
}
