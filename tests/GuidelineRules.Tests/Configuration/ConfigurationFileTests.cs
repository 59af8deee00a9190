namespace GuidelineRules.Tests.Configuration;

/// <summary>guidelinerules.json: every setting it offers, and every way a file can be wrong.</summary>
public class ConfigurationFileTests
{
    private const string RumorPost = "あの店、食中毒出したって噂";
    private const string SlurPost = "今日の説明会のおっさん完全にがいじだったｗ";

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "gr-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private IGuidelineAnalyzer Build(string json) =>
        GuidelinePipeline.CreateBuilder().AddDefaultRules().UseConfigurationFile(Write("guidelinerules.json", json)).Build();

    private GuidelineConfigurationException BuildFails(string json)
    {
        Action act = () => Build(json);
        return act.Should().Throw<GuidelineConfigurationException>().Which;
    }

    [Test]
    public void Rule_ID_beats_category_and_category_beats_all()
    {
        var analyzer = Build("""
            {
              "$schema": "../docs/schemas/guidelinerules.schema.json",
              "severity": {
                "all": "error",
                "categories": { "rumor": "suggestion" },
                "rules": { "GR1014": "none" }
              }
            }
            """);
        analyzer.Analyze(RumorPost).Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor).Which.Severity.Should().Be(Severity.Info);
        analyzer.Analyze(SlurPost).Diagnostics.Should().Contain(d => d.Id == RuleIds.DiscriminatoryTerm).Which.Severity.Should().Be(Severity.Error);
        analyzer.Analyze("駅前の店が潰れるらしい。拡散希望").Diagnostics.Should().NotContain(d => d.Id == RuleIds.RumorSpreadRequest);
    }

    [Test]
    public void A_category_set_to_none_switches_its_rules_off_but_an_ID_can_switch_one_back_on()
    {
        var analyzer = Build("""{ "severity": { "categories": { "rumor": "none" }, "rules": { "GR1014": "warning" } } }""");
        analyzer.Analyze(RumorPost).IsClean.Should().BeTrue();
        analyzer.Descriptors.Should().Contain(d => d.Id == RuleIds.RumorSpreadRequest);
        analyzer.Analyze("駅前の店が潰れるらしい。拡散希望").Diagnostics.Should().OnlyContain(d => d.Id == RuleIds.RumorSpreadRequest);
    }

    [Test]
    public void Bulk_settings_do_not_switch_on_a_rule_that_is_off_by_default_but_its_ID_does()
    {
        var rule = new OffByDefaultRule();
        var quiet = GuidelinePipeline.CreateBuilder().AddRule(rule).UseConfiguration(GuidelineConfiguration.Parse("""{ "severity": { "all": "error", "categories": { "security": "error" } } }""")).Build();
        quiet.Analyze("合言葉はパイナップル").IsClean.Should().BeTrue();
        var on = GuidelinePipeline.CreateBuilder().AddRule(new OffByDefaultRule()).UseConfiguration(GuidelineConfiguration.Parse("""{ "severity": { "rules": { "TEST0009": "warning" } } }""")).Build();
        on.Analyze("合言葉はパイナップル").Diagnostics.Should().ContainSingle(d => d.Id == "TEST0009");
    }

    [Test]
    public void Extra_terms_are_reported_under_their_category_with_exceptions_and_alternatives_and_through_disguises()
    {
        var analyzer = Build("""
            {
              "terms": {
                "rumor": [ { "text": "裏情報", "exceptions": ["裏情報サイトに注意"] } ],
                "discrimination": [ { "text": "田舎者", "alternatives": ["地方出身の人"] } ]
              }
            }
            """);
        var rumor = analyzer.Analyze("区役所の裏情報、教えます").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor).Which;
        rumor.MatchedText.Should().Be("裏情報");
        rumor.Properties["source"].Should().Be("configuration");
        analyzer.Analyze("区役所の 裏 情 報、教えます").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor);
        analyzer.Analyze("区役所の裏・情・報、教えます").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor);
        analyzer.Analyze("裏情報サイトに注意してください").IsClean.Should().BeTrue();
        analyzer.Analyze("「裏情報」という言葉の意味を調べた").Diagnostics.Should().NotContain(d => d.Id == RuleIds.Rumor);

        var slur = analyzer.Analyze("あの田舎者が").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.DiscriminatoryTerm).Which;
        FixApplier.Apply("あの田舎者が", [slur]).Should().Be("あの地方出身の人が");
        GuidelinePipeline.CreateDefault().Analyze("区役所の裏情報、教えます").IsClean.Should().BeTrue("without the file the term is not known");
    }

    [TestCase("disrespect", "GR1001")]
    [TestCase("discrimination", "GR1002")]
    [TestCase("illegal", "GR1003")]
    [TestCase("rumor", "GR1004")]
    [TestCase("public-order", "GR1006")]
    [TestCase("political", "GR1201")]
    [TestCase("confidential", "GR2001")]
    [TestCase("rights", "GR2002")]
    [TestCase("security", "GR2013")]
    [TestCase("deliberative", "GR2004")]
    [TestCase("city-statement", "GR2015")]
    public void Each_category_reports_its_extra_terms_under_the_ID_its_docs_page_names(string category, string id)
    {
        var builder = GuidelinePipeline.CreateBuilder().AddDefaultRules();
        builder.Options.ExtraTerms.Add(new ExtraTerm(category, "ほげふが語"));
        builder.Build().Analyze("今日、ほげふが語を聞いた").Diagnostics.Should().ContainSingle().Which.Id.Should().Be(id);
        File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md")).Should().Contain($"are reported under {id}");
    }

    [Test]
    public void Allowed_words_stop_the_terms_inside_them_and_only_there()
    {
        const string post = "また苦情の電話…ｶｽが。";
        GuidelinePipeline.CreateDefault().Analyze(post).Diagnostics.Should().Contain(d => d.Id == RuleIds.Disrespect);
        var analyzer = Build("""{ "allow": { "words": ["電話…カスが"] } }""");
        analyzer.Analyze(post).Diagnostics.Should().NotContain(d => d.Id == RuleIds.Disrespect);
        analyzer.Analyze("あいつはｶｽだ").Diagnostics.Should().Contain(d => d.Id == RuleIds.Disrespect);
    }

    [Test]
    public void Allowed_phone_numbers_and_domains_add_to_the_defaults()
    {
        const string phone = "窓口に来た人の電話番号メモってた。090-1234-5678";
        const string link = "暇な人これ見て笑 https://muryou-ero-douga.xxx/hitozuma/";
        var analyzer = Build("""{ "allow": { "phoneNumbers": ["09012345678"], "domains": ["muryou-ero-douga.xxx"] } }""");
        analyzer.Analyze(phone).Diagnostics.Should().NotContain(d => d.Id == RuleIds.PersonalInformation);
        analyzer.Analyze(link).Diagnostics.Should().NotContain(d => d.Id == RuleIds.ObsceneLink);
        analyzer.Analyze("市役所は 043-245-5111 まで。自宅は 090-9876-5432").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.PersonalInformation)
            .Which.MatchedText.Should().Be("090-9876-5432");
    }

    [Test]
    public void Adult_domain_lists_in_hosts_or_plain_format_are_read_relative_to_the_file_and_cover_subdomains()
    {
        Write("lists/hosts.txt", "# a hosts file\n127.0.0.1 localhost\n0.0.0.0 naughty-example.com other-naughty.net # two names\n");
        Write("lists/plain.txt", "plain-naughty.org\n\n# comment\n");
        var analyzer = Build("""{ "adultDomainLists": ["lists/hosts.txt", "lists/plain.txt"] }""");
        analyzer.Analyze("これ見て https://www.naughty-example.com/a").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.ObsceneLink);
        analyzer.Analyze("これ見て other-naughty[.]net").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.ObsceneLink);
        analyzer.Analyze("これ見て https://plain-naughty.org/").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.ObsceneLink);
        analyzer.Analyze("これ見て https://example.com/").IsClean.Should().BeTrue();
        GuidelinePipeline.CreateDefault().Analyze("これ見て https://www.naughty-example.com/a").IsClean.Should().BeTrue();
    }

    [Test]
    public void Rule_options_reach_the_rule_and_its_fix()
    {
        var analyzer = Build("""{ "ruleOptions": { "GR2015": { "disclaimer": "※投稿者個人の意見です。" } } }""");
        const string post = "市としての公式見解を言うと、あの件は設備の問題です";
        var diagnostic = analyzer.Analyze(post).Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.OfficialVoice).Which;
        string fixedText = FixApplier.Apply(post, [diagnostic]);
        fixedText.Should().EndWith("\n※投稿者個人の意見です。");
        analyzer.Analyze(fixedText).Diagnostics.Should().NotContain(d => d.Id == RuleIds.OfficialVoice, "the configured disclaimer counts as one");
    }

    [Test]
    public void Language_and_inline_suppressions_are_set_by_the_file()
    {
        var analyzer = Build("""{ "language": "en", "inlineSuppressions": false }""");
        var diagnostic = analyzer.Analyze("<!-- guideline-disable GR1004 -->" + RumorPost).Diagnostics.Should().ContainSingle().Which;
        diagnostic.Message.Should().Contain("(guideline 4(6)④)");
    }

    [Test]
    public void Comments_and_trailing_commas_are_accepted_as_editors_write_them()
    {
        var analyzer = Build("""
            {
              // rumor is noisy for this account
              "severity": { "rules": { "GR1004": "silent", }, },
            }
            """);
        analyzer.Analyze(RumorPost).Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(Severity.Hidden);
    }

    [Test]
    public void The_nearest_file_is_found_upwards()
    {
        string file = Write("guidelinerules.json", "{}");
        string nested = Path.Combine(_directory, "a", "b");
        Directory.CreateDirectory(nested);
        GuidelineConfiguration.FindNearest(nested).Should().Be(file);
    }

    [Test]
    public void The_readme_example_is_a_valid_configuration()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        int start = readme.IndexOf("```jsonc\n", StringComparison.Ordinal) + "```jsonc\n".Length;
        string json = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        Write("lists/adult-hosts.txt", "0.0.0.0 naughty-example.com\n");
        var configuration = GuidelineConfiguration.Parse(System.Text.Encoding.UTF8.GetBytes(json), "README.md", _directory);
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().UseConfiguration(configuration).Build();
        analyzer.Analyze("区役所の裏情報、教えます").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor);
        analyzer.Analyze("駅前の店が潰れるらしい。拡散希望").Diagnostics.Should().Contain(d => d.Id == RuleIds.RumorSpreadRequest && d.Severity == Severity.Error);
    }

    [TestCase("strict")]
    [TestCase("lenient")]
    public void Presets_load_and_build(string preset)
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "presets", preset + ".json");
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().UseConfigurationFile(path).Build();
        var severity = analyzer.Analyze(RumorPost).Diagnostics.Should().ContainSingle().Which.Severity;
        severity.Should().Be(preset == "strict" ? Severity.Error : Severity.Info);
    }

    // ---- bad files: every one fails with the file, the line and the property ----

    [Test]
    public void A_syntax_error_names_the_line_and_column()
    {
        var error = BuildFails("{\n  \"language\": \"ja\"\n  \"severity\": {}\n}");
        error.FilePath.Should().EndWith("guidelinerules.json");
        error.Line.Should().Be(3);
        error.Message.Should().MatchRegex(@"guidelinerules\.json\(3,\d+\): error: ");
    }

    [Test]
    public void An_unknown_property_is_an_error_not_ignored()
    {
        var error = BuildFails("{\n  \"severty\": { \"all\": \"error\" }\n}");
        error.Line.Should().Be(2);
        error.Problem.Should().Contain("unknown property 'severty'");
    }

    [Test]
    public void A_property_given_twice_is_an_error_not_last_one_wins()
    {
        var error = BuildFails("{\n  \"severity\": { \"rules\": {\n    \"GR1004\": \"none\",\n    \"GR1004\": \"error\"\n  } }\n}");
        error.Line.Should().Be(4);
        error.PropertyPath.Should().Contain("GR1004");
        error.Problem.Should().Contain("twice");
    }

    [Test]
    public void A_value_of_the_wrong_type_names_the_property()
    {
        var error = BuildFails("{\n  \"terms\": { \"rumor\": \"裏情報\" }\n}");
        error.Line.Should().Be(2);
        error.PropertyPath.Should().Be("$.terms.rumor");
        error.Problem.Should().StartWith("wrong type");
    }

    [Test]
    public void An_unknown_rule_ID_names_its_line_and_the_known_IDs()
    {
        var error = BuildFails("{\n  \"severity\": {\n    \"rules\": {\n      \"GR9999\": \"error\"\n    }\n  }\n}");
        error.Line.Should().Be(4);
        error.Column.Should().Be(7);
        error.PropertyPath.Should().Be("$.severity.rules.GR9999");
        error.Problem.Should().Contain("unknown rule ID 'GR9999'").And.Contain("GR1004");
    }

    [Test]
    public void An_unknown_category_is_an_error_in_severities_and_in_terms()
    {
        BuildFails("{ \"severity\": { \"categories\": { \"rumour\": \"error\" } } }").PropertyPath.Should().Be("$.severity.categories.rumour");
        BuildFails("{ \"terms\": { \"rumour\": [ { \"text\": \"x\" } ] } }").PropertyPath.Should().Be("$.terms.rumour");
    }

    [TestCase("{ \"severity\": { \"all\": \"fatal\" } }", "$.severity.all")]
    [TestCase("{ \"severity\": { \"rules\": { \"GR1004\": \"info\" } } }", "$.severity.rules.GR1004")]
    [TestCase("{ \"language\": \"fr\" }", "$.language")]
    [TestCase("{ \"terms\": { \"rumor\": [ { \"exceptions\": [] } ] } }", "$.terms.rumor[0]")]
    [TestCase("{ \"allow\": { \"words\": [\"\"] } }", "$.allow.words[0]")]
    [TestCase("{ \"ruleOptions\": { \"GR2015\": { \"disclamer\": \"x\" } } }", "$.ruleOptions.GR2015.disclamer")]
    [TestCase("{ \"ruleOptions\": { \"GR1004\": { \"window\": 3 } } }", "$.ruleOptions.GR1004.window")]
    [TestCase("{ \"ruleOptions\": { \"GR2015\": { \"disclaimer\": [1] } } }", "$.ruleOptions.GR2015.disclaimer")]
    [TestCase("{ \"terms\": { \"obscene-link\": [ { \"text\": \"エロ\" } ] } }", null)]
    public void A_wrong_value_names_its_property(string json, string? path)
    {
        Action act = () => Build(json);
        if (path is null)
        {
            // A category whose rules take no extra terms (obscene links are judged by domain lists) fails the build.
            act.Should().Throw<ArgumentException>().WithMessage("*obscene-link*");
            return;
        }

        var error = act.Should().Throw<GuidelineConfigurationException>().Which;
        error.PropertyPath.Should().Be(path);
        error.Line.Should().Be(1);
        error.Message.Should().Contain("guidelinerules.json(1,");
    }

    [Test]
    public void An_unreadable_list_file_names_the_configuration_line_and_the_list()
    {
        var error = BuildFails("{\n  \"adultDomainLists\": [\n    \"missing.txt\"\n  ]\n}");
        error.Line.Should().Be(3);
        error.PropertyPath.Should().Be("$.adultDomainLists[0]");
        error.Problem.Should().Contain("missing.txt");
    }

    [Test]
    public void A_bad_line_in_a_list_file_names_the_list_and_its_line()
    {
        Write("bad.txt", "ok-domain.com\nnot a domain at all\n");
        var error = BuildFails("{ \"adultDomainLists\": [\"bad.txt\"] }");
        error.Problem.Should().Contain("bad.txt(2,1)");
    }

    [Test]
    public void A_missing_configuration_file_is_named()
    {
        string path = Path.Combine(_directory, "nope.json");
        Action act = () => GuidelineConfiguration.Load(path);
        act.Should().Throw<GuidelineConfigurationException>().Which.FilePath.Should().Be(path);
    }

    [Test]
    public void The_same_settings_exist_in_code()
    {
        var builder = GuidelinePipeline.CreateBuilder().AddDefaultRules();
        builder.Options.CategorySeverities[GuidelinePipelineOptions.AllCategories] = Severity.Error;
        builder.Options.CategorySeverities[RuleCategories.Rumor] = Severity.Info;
        builder.Options.ExtraTerms.Add(new ExtraTerm(RuleCategories.Rumor, "裏情報"));
        builder.Options.AllowedWords.Add("ｶｽ");
        builder.Options.RuleOptions["GR2015"] = new Dictionary<string, string> { ["disclaimer"] = "※私見です。" };
        var analyzer = builder.Build();
        analyzer.Analyze("区役所の裏情報、教えます").Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);
        analyzer.Analyze(SlurPost).Diagnostics.Should().Contain(d => d.Id == RuleIds.DiscriminatoryTerm).Which.Severity.Should().Be(Severity.Error);

        var bad = GuidelinePipeline.CreateBuilder().AddDefaultRules();
        bad.Options.CategorySeverities["rumour"] = Severity.Error;
        ((Action)(() => bad.Build())).Should().Throw<ArgumentException>().WithMessage("*rumour*");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidelineRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private sealed class OffByDefaultRule : IGuidelineRule
    {
        private static readonly RuleDescriptor Descriptor =
            new("TEST0009", new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning, isEnabledByDefault: false);

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term("パイナップル", "word")]);
            registration.RegisterMatchAction(static (ref RuleContext context) => context.Report(Descriptor, context.Matches[0].Start, context.Matches[0].End));
        }
    }
}
