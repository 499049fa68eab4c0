using BenchmarkDotNet.Running;
using TalentWatch.Benchmarks;

if (args is ["dump", var manifest, var output])
{
    return ExtractionDump.Run(manifest, output);
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
