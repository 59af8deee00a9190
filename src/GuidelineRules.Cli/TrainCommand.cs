using System.CommandLine;
using GuidelineRules.Evaluation;
using GuidelineRules.Learning;

namespace GuidelineRules.Cli;

/// <summary>
/// <c>guidelinerules train CORPUS.jsonl… --output model.json</c>: trains the learned-reading model
/// (GR1091–GR2095) on labeled posts. The built-in model is made this way from the repository's corpora.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var corpora = new Argument<string[]>("corpora") { Description = "Labeled posts, one JSON object a line: {\"id\", \"text\", \"labels\": [category…]}.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model (JSON).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the posts.", DefaultValueFactory = _ => new LearnedModelSettings().Epochs };
        var command = new Command("train", "Train the learned-reading model on labeled corpora.") { corpora, output, epochs };
        command.SetAction(parseResult => Run(console, parseResult.GetValue(corpora)!, parseResult.GetValue(output)!, parseResult.GetValue(epochs)));
        return command;
    }

    public static int Run(CliConsole console, string[] corpusPaths, string outputPath, int epochs)
    {
        if (epochs <= 0)
        {
            throw new CliInputException($"--epochs must be positive, not {epochs}.");
        }

        var posts = new List<LabeledPost>();
        var names = new List<string>();
        foreach (string corpusPath in corpusPaths)
        {
            try
            {
                posts.AddRange(CorpusReader.ReadFile(Path.GetFullPath(corpusPath, console.WorkingDirectory)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new CliInputException($"{corpusPath}: {ex.Message}", ex);
            }

            names.Add(corpusPath.Replace('\\', '/'));
        }

        string path = Path.GetFullPath(outputPath, console.WorkingDirectory);
        try
        {
            using var stream = File.Create(path);
            LearnedModelTrainer.Train(posts, names, stream, new LearnedModelSettings { Epochs = epochs });
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{outputPath}: {ex.Message}", ex);
        }

        console.Error.WriteLine($"Trained on {posts.Count} posts from {corpusPaths.Length} corpora: {outputPath}");
        return ExitCodes.Clean;
    }
}
