using GuidelineRules.Tests.Evaluation;

namespace GuidelineRules.Tests.Fixes;

public class FixApplierTests
{
    private static readonly IGuidelineAnalyzer Analyzer = GuidelinePipeline.CreateDefault();

    [Test]
    public void Masks_a_phone_number_and_removes_an_obscene_link()
    {
        const string post = "窓口に来た人の電話番号メモってた。090-1234-5678";
        FixApplier.Apply(post, Analyzer.Analyze(post).Diagnostics).Should().Be("窓口に来た人の電話番号メモってた。090-****-****");
        const string link = "暇な人これ見て笑 https://muryou-ero-douga.xxx/hitozuma/";
        FixApplier.Apply(link, Analyzer.Analyze(link).Diagnostics).Should().NotContain("muryou");
    }

    [Test]
    public void Diagnostics_without_fixes_leave_the_text_as_it_is()
    {
        const string post = "あの店、食中毒出したって噂";
        var result = FixApplier.ApplyWithReport(post, Analyzer.Analyze(post).Diagnostics);
        result.Text.Should().Be(post);
        result.Applied.Should().BeEmpty();
    }

    [Test]
    public void Overlapping_fixes_resolve_the_same_way_whatever_the_input_order()
    {
        const string text = "abcdefgh";
        var first = Make("TEST0001", 1, 3, "X");   // bcd → X
        var second = Make("TEST0002", 2, 3, "Y");  // cde → Y, overlaps the first
        var third = Make("TEST0003", 6, 1, "Z");   // g → Z
        var forward = FixApplier.ApplyWithReport(text, [first, second, third]);
        var backward = FixApplier.ApplyWithReport(text, [third, second, first]);
        forward.Text.Should().Be("aXefZh");
        backward.Text.Should().Be(forward.Text);
        forward.Skipped.Should().ContainSingle().Which.Id.Should().Be("TEST0002");
        backward.Applied.Select(d => d.Id).Should().Equal("TEST0001", "TEST0003");
    }

    [Test]
    public void The_same_edit_from_two_diagnostics_is_made_once_and_two_insertions_at_one_point_conflict()
    {
        const string text = "abc";
        var twice = FixApplier.ApplyWithReport(text, [Make("TEST0001", 1, 1, "X"), Make("TEST0002", 1, 1, "X")]);
        twice.Text.Should().Be("aXc");
        twice.Applied.Should().HaveCount(2);
        var insertions = FixApplier.ApplyWithReport(text, [Make("TEST0002", 3, 0, "!"), Make("TEST0001", 3, 0, "?")]);
        insertions.Text.Should().Be("abc?");
        insertions.Skipped.Should().ContainSingle().Which.Id.Should().Be("TEST0002");
    }

    [Test]
    public void Edits_outside_the_text_are_refused()
    {
        Action act = () => FixApplier.Apply("ab", [Make("TEST0001", 1, 5, "X")]);
        act.Should().Throw<ArgumentException>().WithMessage("*another text*");
        ((Action)(() => FixApplier.Apply(null!, []))).Should().Throw<ArgumentNullException>();
    }

    /// <summary>Over the whole dev corpus: fixing then re-analyzing never finds again what a fix claimed to solve.</summary>
    [Test]
    public void Fixing_the_dev_corpus_solves_what_each_fix_claims()
    {
        int fixedCount = 0;
        foreach (var post in DevCorpus.All)
        {
            var diagnostics = Analyzer.Analyze(post.Text).Diagnostics;
            var result = FixApplier.ApplyWithReport(post.Text, diagnostics);
            if (result.Applied.IsEmpty)
            {
                continue;
            }

            var after = Analyzer.Analyze(result.Text).Diagnostics;
            foreach (var solved in result.Applied)
            {
                var where = MapThroughEdits(solved, result.Applied);
                after.Should().NotContain(
                    d => d.Id == solved.Id && d.Span.Start <= where.End && where.Start <= d.Span.End,
                    "{0}'s fix on {1} should solve it; fixed text: {2}", solved.Id, post.Id, result.Text);
                fixedCount++;
            }
        }

        fixedCount.Should().BeGreaterThan(20, "the corpus has fixable findings of several rules");
    }

    // Where the solved diagnostic's span, widened to its own edits, lands in the fixed text: edits wholly before a
    // bound move it by how much they grow or shrink the text; an insertion at the end bound goes inside.
    private static TextSpan MapThroughEdits(Diagnostic solved, IEnumerable<Diagnostic> applied)
    {
        int start = solved.Span.Start;
        int end = solved.Span.End;
        foreach (var edit in solved.Fix!.Edits)
        {
            start = Math.Min(start, edit.Span.Start);
            end = Math.Max(end, edit.Span.End);
        }

        int mappedStart = start;
        int mappedEnd = end;
        foreach (var edit in applied.SelectMany(d => d.Fix!.Edits).Distinct())
        {
            int delta = edit.NewText.Length - edit.Span.Length;
            if (edit.Span.End <= start && edit.Span.Start < start)
            {
                mappedStart += delta;
            }

            if (edit.Span.End <= end)
            {
                mappedEnd += delta;
            }
        }

        return TextSpan.FromBounds(mappedStart, Math.Max(mappedStart, mappedEnd));
    }

    private static Diagnostic Make(string id, int start, int length, string newText)
    {
        var rule = new FixRule(id, new TextSpan(start, length), newText);
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule(rule).Build();
        return analyzer.Analyze("abcdefgh").Diagnostics.Single();
    }

    private sealed class FixRule(string id, TextSpan span, string newText) : IGuidelineRule
    {
        private readonly RuleDescriptor _descriptor = new(id, new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning);

        public IReadOnlyList<RuleDescriptor> Descriptors => [_descriptor];

        public void Initialize(RuleRegistration registration)
        {
            var descriptor = _descriptor;
            var edit = new TextEdit(span, newText);
            registration.RegisterTextAction((ref RuleContext context) =>
                context.Report(descriptor, new TextSpan(Math.Min(edit.Span.Start, context.Original.Length - 1), 1), new SuggestedFix("fix", [edit])));
        }
    }
}
