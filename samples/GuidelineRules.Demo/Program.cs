using System.Text;
using GuidelineRules;
using GuidelineRules.Demo;

// Checks one post and prints compiler-style diagnostics with the offending span underlined.
//   dotnet run --project samples/GuidelineRules.Demo                      (a built-in sample post)
//   dotnet run --project samples/GuidelineRules.Demo -- "投稿の本文"
//   echo "投稿の本文" | dotnet run --project samples/GuidelineRules.Demo -- --stdin
//   dotnet run --project samples/GuidelineRules.Demo -- --lang en "..."
Console.OutputEncoding = Encoding.UTF8;
var language = MessageLanguage.Japanese;
var words = new List<string>();
bool fromStdin = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lang" when i + 1 < args.Length:
            language = args[++i] switch
            {
                "en" => MessageLanguage.English,
                "ja" => MessageLanguage.Japanese,
                var other => Fail($"unknown language '{other}' (use ja or en)"),
            };
            break;
        case "--stdin" or "-":
            fromStdin = true;
            break;
        case "--help" or "-h":
            Console.WriteLine("usage: GuidelineRules.Demo [--lang ja|en] [--stdin | POST TEXT...]");
            return 0;
        default:
            words.Add(args[i]);
            break;
    }
}

string name = "post.txt";
string post;
if (fromStdin)
{
    post = Console.In.ReadToEnd();
    name = "stdin";
}
else if (words.Count > 0)
{
    post = string.Join(' ', words);
}
else
{
    post = SamplePost.Text;
    Console.WriteLine("(no post given: checking the built-in sample post)");
    Console.WriteLine(post);
    Console.WriteLine();
}

var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().WithLanguage(language).Build();
var result = analyzer.Analyze(post);
string[] lines = post.ReplaceLineEndings("\n").Split('\n');
foreach (var diagnostic in result.Diagnostics)
{
    Console.WriteLine($"{name}({diagnostic.Start.Line},{diagnostic.Start.Column}): {Diagnostic.SeverityText(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
    Underline.Write(Console.Out, lines[diagnostic.Start.Line - 1], diagnostic);
    if (diagnostic.Fix is { } fix)
    {
        Console.WriteLine($"    fix: {fix.Title}");
    }
}

Console.WriteLine(result.IsClean
    ? (language == MessageLanguage.English ? "No problems found." : "問題は見つかりませんでした。")
    : $"{result.Diagnostics.Length} {(language == MessageLanguage.English ? "finding(s)" : "件の指摘")}");
return 0;

static MessageLanguage Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Environment.Exit(2);
    return default;
}
