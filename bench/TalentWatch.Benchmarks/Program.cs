using BenchmarkDotNet.Running;
using TalentWatch.Benchmarks;

if (args is ["dump", var manifest, var output])
{
    return ExtractionDump.Run(manifest, output);
}

if (args is ["seed-pages", var database, ..])
{
    var articles = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var events = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    return await PagesSeed.RunAsync(database, articles, events);
}

if (args is ["serve-static", var folder, var url])
{
    return await StaticPages.RunAsync(folder, url);
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
