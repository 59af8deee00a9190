using System.Text.Json;

namespace GuidelineRules.Cli.Tests;

public class CheckCommandTests : CliTestBase
{
    private const string Rumor = "あの店、食中毒出したって噂";
    private const string Phone = "電話番号さらしとく。090-1234-5678";

    [Test]
    public async Task Prints_compiler_style_lines_and_exits_1_on_a_warning()
    {
        Write("posts/a.md", $"# お知らせ\n{Rumor}\n");
        var (code, output, error) = await Run("check", "posts/a.md");
        code.Should().Be(ExitCodes.Findings);
        error.Should().BeEmpty();
        output.TrimEnd().Should().Be("posts/a.md(2,11): warning GR1004: 「って噂」: 噂や未確認の情報を事実のように発信しています [4(6)④]");
    }

    [Test]
    public async Task A_clean_tree_exits_0_and_prints_nothing()
    {
        Write("posts/a.md", "今日は市民まつり。噂の新店舗のクレープがおいしかった！差別をなくそう。");
        var (code, output, _) = await Run("check", ".");
        code.Should().Be(ExitCodes.Clean);
        output.Should().BeEmpty();
    }

    [TestCase("error", ExitCodes.Clean)]
    [TestCase("warning", ExitCodes.Findings)]
    [TestCase("suggestion", ExitCodes.Findings)]
    [TestCase("none", ExitCodes.Clean)]
    public async Task Fail_on_sets_the_threshold_for_exit_1(string failOn, int expected)
    {
        Write("a.txt", Rumor);
        (await Run("check", "a.txt", "--fail-on", failOn)).ExitCode.Should().Be(expected);
    }

    [Test]
    public async Task An_info_finding_fails_only_at_suggestion()
    {
        Write("a.txt", "千葉市の職員です。ふるさと納税の返礼品、来月から全部廃止になります");
        (await Run("check", "a.txt")).ExitCode.Should().Be(ExitCodes.Clean);
        (await Run("check", "a.txt", "--fail-on", "suggestion")).ExitCode.Should().Be(ExitCodes.Findings);
    }

    [Test]
    public async Task Directories_are_walked_with_the_ignore_file_and_only_text_files_are_read()
    {
        Write("docs/.guidelinerulesignore", "# drafts are checked in their own job\ndrafts/\n*.tmp.md\n!keep.tmp.md\n/top-only.md\n");
        Write("docs/a.md", Rumor);
        Write("docs/drafts/b.md", Rumor);
        Write("docs/c.tmp.md", Rumor);
        Write("docs/keep.tmp.md", Rumor);
        Write("docs/top-only.md", Rumor);
        Write("docs/sub/top-only.md", Rumor);
        Write("docs/image.png", Rumor);
        var (_, output, _) = await Run("check", "docs");
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]);
        paths.Should().BeEquivalentTo(["docs/a.md", "docs/keep.tmp.md", "docs/sub/top-only.md"]);
    }

    [Test]
    public async Task Globs_and_standard_input_are_read()
    {
        Write("posts/2026/a.md", Rumor);
        Write("posts/2026/b.txt", Rumor);
        var (code, output, _) = await Run("check", "posts/**/*.md");
        code.Should().Be(ExitCodes.Findings);
        output.Should().StartWith("posts/2026/a.md(1,11)").And.NotContain("b.txt");
        var (stdinCode, stdinOutput, _) = await RunWithInput(Phone, "check", "-");
        stdinCode.Should().Be(ExitCodes.Findings);
        stdinOutput.Should().StartWith("-(1,11): error GR2002:");
    }

    [Test]
    public async Task Posts_in_jsonl_are_named_by_id_with_the_line_of_the_post_and_columns_in_its_text()
    {
        Write("export.jsonl", "{\"id\":\"p-1\",\"text\":\"今日は晴れ\"}\n\n{\"id\":42,\"text\":\"\\\"引用\\\" あの店、食中毒出したって噂\"}\n{\"text\":\"" + Phone + "\"}\n");
        var (code, output, _) = await Run("check", "export.jsonl");
        code.Should().Be(ExitCodes.Findings);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("export.jsonl(3,16): warning GR1004: 「って噂」: 噂や未確認の情報を事実のように発信しています [4(6)④] (post 42)");
        lines[1].Should().StartWith("export.jsonl(4,11): error GR2002:").And.EndWith("(post line 4)");
    }

    [TestCase("{\"id\":1}\n", "export.jsonl(1): a post must be a JSON object with a \"text\" string.")]
    [TestCase("{\"text\":\"a\"}\nnot json\n", "export.jsonl(2): not a JSON post")]
    public async Task A_bad_post_is_an_input_error_naming_its_line(string content, string message)
    {
        Write("export.jsonl", content);
        var (code, _, error) = await Run("check", "export.jsonl");
        code.Should().Be(ExitCodes.UsageOrInputError);
        error.Should().Contain(message);
    }

    [Test]
    public async Task Invalid_UTF8_a_missing_file_and_a_bad_option_exit_2_without_a_stack_trace()
    {
        File.WriteAllBytes(Path.Combine(Root, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x0A]);
        var invalid = await Run("check", "latin1.txt");
        invalid.ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        invalid.Error.Should().Contain("latin1.txt: not valid UTF-8").And.NotContain(" at ");

        var missing = await Run("check", "nope.md");
        missing.ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        missing.Error.Should().Contain("nope.md: no such file or directory");

        var noMatch = await Run("check", "posts/*.md");
        noMatch.ExitCode.Should().Be(ExitCodes.UsageOrInputError);

        var usage = await Run("check", "--format", "yaml");
        usage.ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        usage.Error.Should().Contain("yaml");

        (await Run("check", "--dry-run")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        (await RunWithInput(Rumor, "check", "-", "--fix")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
    }

    [Test]
    public async Task A_bad_configuration_exits_2_naming_the_file_and_line()
    {
        Write("a.txt", Rumor);
        Write("guidelinerules.json", "{\n  \"severity\": { \"rules\": { \"GR9999\": \"error\" } }\n}");
        var (code, _, error) = await Run("check", "a.txt");
        code.Should().Be(ExitCodes.UsageOrInputError);
        error.Should().Contain("guidelinerules.json(2,").And.Contain("GR9999");
    }

    [Test]
    public async Task The_nearest_configuration_applies_and_config_names_another()
    {
        Write("a.txt", Rumor);
        Write("guidelinerules.json", "{ \"severity\": { \"rules\": { \"GR1004\": \"error\" } } }");
        Write("other/strict-off.json", "{ \"severity\": { \"rules\": { \"GR1004\": \"none\" } } }");
        (await Run("check", "a.txt")).Out.Should().Contain("error GR1004");
        var explicitConfig = await Run("check", "a.txt", "--config", "other/strict-off.json");
        explicitConfig.ExitCode.Should().Be(ExitCodes.Clean);
        explicitConfig.Out.Should().BeEmpty();
    }

    [Test]
    public async Task Lang_en_prints_english_messages_over_the_configuration()
    {
        Write("a.txt", Rumor);
        Write("guidelinerules.json", "{ \"language\": \"ja\" }");
        (await Run("check", "a.txt", "--lang", "en")).Out.Should().Contain("warning GR1004: ").And.Contain("[4(6)④]").And.NotContain("噂や未確認");
    }

    [Test]
    public async Task A_baseline_hides_recorded_findings_and_shows_new_ones()
    {
        Write("a.md", $"{Rumor}\n");
        (await Run("check", "a.md", "--write-baseline", "baseline.json")).ExitCode.Should().Be(ExitCodes.Findings);
        File.Exists(Path.Combine(Root, "baseline.json")).Should().BeTrue();
        var again = await Run("check", "a.md", "--baseline", "baseline.json");
        again.ExitCode.Should().Be(ExitCodes.Clean);
        again.Out.Should().BeEmpty();
        Write("a.md", $"前に一行足した。\n{Rumor}\n{Phone}\n");
        var later = await Run("check", "a.md", "--baseline", "baseline.json");
        later.ExitCode.Should().Be(ExitCodes.Findings);
        later.Out.Should().Contain("GR2002").And.NotContain("GR1004");
        Write("broken.json", "{");
        (await Run("check", "a.md", "--baseline", "broken.json")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
    }

    [Test]
    public async Task Fix_rewrites_files_and_dry_run_shows_a_diff_instead()
    {
        // Not the doxxing line the other tests use: announcing 「電話番号さらしとく」 is still read (GR2092) once the
        // number is masked, and this test is about what the fix leaves behind.
        string path = Write("a.md", "# メモ\n折り返しは090-1234-5678へ\n");
        var dry = await Run("check", "a.md", "--fix", "--dry-run");
        dry.Out.Should().Contain("--- a/a.md\n+++ b/a.md\n@@ -2,1 +2,1 @@\n-折り返しは090-1234-5678へ\n+折り返しは090-****-****へ\n");
        File.ReadAllText(path).Should().Contain("090-1234-5678");
        await Run("check", "a.md", "--fix");
        File.ReadAllText(path).Should().Be("# メモ\n折り返しは090-****-****へ\n");
        (await Run("check", "a.md")).ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Test]
    public async Task Json_output_carries_every_field_and_a_summary()
    {
        Write("export.jsonl", "{\"id\":\"p-7\",\"text\":\"" + Phone + "\"}\n");
        var (code, output, _) = await Run("check", "export.jsonl", "--format", "json");
        code.Should().Be(ExitCodes.Findings);
        var root = JsonDocument.Parse(output).RootElement;
        var finding = root.GetProperty("findings")[0];
        finding.GetProperty("path").GetString().Should().Be("export.jsonl");
        finding.GetProperty("postId").GetString().Should().Be("p-7");
        finding.GetProperty("line").GetInt32().Should().Be(1);
        finding.GetProperty("column").GetInt32().Should().Be(11);
        finding.GetProperty("ruleId").GetString().Should().Be("GR2002");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("category").GetString().Should().Be("rights");
        finding.GetProperty("matchedText").GetString().Should().Be("090-1234-5678");
        finding.GetProperty("fingerprint").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("posts").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Markdown_link_urls_and_code_blocks_are_still_scanned()
    {
        Write("a.md", "リンク集は[こちら](https://muryou-ero-douga.xxx/top)\n\n```\n090-1234-5678\n```\n");
        var (_, output, _) = await Run("check", "a.md");
        output.Should().Contain("a.md(1,").And.Contain("GR1005").And.Contain("a.md(4,1): error GR2002");
    }

    [Test]
    public async Task A_progress_line_goes_to_a_terminal_when_many_files_are_checked()
    {
        for (int i = 0; i < 250; i++)
        {
            Write($"many/{i}.txt", "今日は晴れ");
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await CliApplication.RunAsync(["check", "many"], new CliConsole(TextReader.Null, stdout, stderr, Root, ErrorIsTerminal: true), CancellationToken.None);
        code.Should().Be(ExitCodes.Clean);
        stdout.ToString().Should().BeEmpty("progress never mixes with results");
        stderr.ToString().Should().Contain("\rguidelinerules: 200 files checked").And.Contain("250 files checked, 0 findings");
    }

    [Test]
    public async Task Memory_does_not_grow_with_the_number_of_files()
    {
        for (int i = 0; i < 10_000; i++)
        {
            Write($"tree/{i % 100:D2}/post-{i:D5}.md", i % 500 == 0 ? Rumor : $"今日のお知らせ {i}: 市民まつりは予定どおり開催します。");
        }

        long at1000 = 0, at10000 = 0;
        CheckCommand.FileChecked = files =>
        {
            if (files == 1_000)
            {
                at1000 = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (files == 10_000)
            {
                at10000 = GC.GetTotalMemory(forceFullCollection: true);
            }
        };
        var (code, output, _) = await Run("check", "tree");
        code.Should().Be(ExitCodes.Findings);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(20);
        at1000.Should().BePositive();
        (at10000 - at1000).Should().BeLessThan(1_000_000, "9,000 more files must not add to the memory held (held at 1,000: {0:N0} B, at 10,000: {1:N0} B)", at1000, at10000);
    }
}
