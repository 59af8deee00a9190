using System.Text.Json;

namespace GuidelineRules.Cli.Tests;

public class TrainCommandTests : CliTestBase
{
    [Test]
    public async Task Train_writes_a_model_of_the_posts_it_was_given()
    {
        var lines = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            lines.Add($"{{\"id\":\"r{i}\",\"text\":\"〇〇って噂で聞いた話{i}、本当かは知らない\",\"labels\":[\"rumor\"]}}");
            lines.Add($"{{\"id\":\"c{i}\",\"text\":\"今日は公園で散歩した{i}。天気がいい\",\"labels\":[]}}");
        }

        Write("posts.jsonl", string.Join("\n", lines) + "\n");
        var (code, _, error) = await Run("train", "posts.jsonl", "--output", "model.json", "--epochs", "5");
        code.Should().Be(ExitCodes.Clean, error);
        error.Should().Contain("20 posts");
        var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "model.json"))).RootElement;
        model.GetProperty("trainedOn").EnumerateArray().Select(e => e.GetString()).Should().Equal("posts.jsonl");
        model.GetProperty("settings").GetProperty("epochs").GetInt32().Should().Be(5);
        model.GetProperty("ngrams").EnumerateArray().Select(e => e.GetString()).Should().Contain("噂で");
    }

    [Test]
    public async Task Train_on_a_missing_corpus_an_unknown_label_or_no_output_exits_2()
    {
        (await Run("train", "missing.jsonl", "--output", "model.json")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        Write("odd.jsonl", "{\"id\":\"x\",\"text\":\"テスト\",\"labels\":[\"gossip\"]}\n");
        var odd = await Run("train", "odd.jsonl", "--output", "model.json");
        odd.ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        odd.Error.Should().Contain("gossip");
        (await Run("train", "odd.jsonl")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        (await Run("train", "odd.jsonl", "--output", "model.json", "--epochs", "0")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
    }
}
