using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

/// <summary>The project's labeled development corpus, copied from shared/corpus so a fresh clone is self-contained.</summary>
internal static class DevCorpus
{
    private static readonly Lazy<IReadOnlyList<LabeledPost>> Posts = new(() =>
        CorpusReader.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", "dev.jsonl")));

    public static IReadOnlyList<LabeledPost> All => Posts.Value;
}
