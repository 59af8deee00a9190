using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GuidelineRules.Benchmarks;

// dotnet run -c Release --project benchmarks/GuidelineRules.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(ThroughputBenchmarks).Assembly).Run(args, config);
