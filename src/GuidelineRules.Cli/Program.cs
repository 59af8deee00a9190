using System.Text;
using GuidelineRules.Cli;

Console.OutputEncoding = Encoding.UTF8;
var console = new CliConsole(Console.In, Console.Out, Console.Error, Environment.CurrentDirectory, !Console.IsErrorRedirected);
return await CliApplication.RunAsync(args, console, CancellationToken.None);
