using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using TalentWatch.Extraction;

namespace TalentWatch.Benchmarks;

/// <summary>
/// Cost per page of parsing alone against the whole extraction, over the rendered dev corpus.
/// Each invocation processes every page once, so mean time / page count is the per-page cost.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly HtmlParser parser = new();
    private List<(string Html, Uri Url)> pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var folder = Environment.GetEnvironmentVariable(RenderedPages.FolderVariable)
            ?? throw new InvalidOperationException($"Set {RenderedPages.FolderVariable} to the output folder of render_site.py.");
        pages = RenderedPages.Load(folder);
        if (pages.Count == 0)
        {
            throw new InvalidOperationException($"No article pages under {folder}.");
        }

        Console.WriteLine($"// {pages.Count} article pages loaded from {folder}");
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse only (all pages)")]
    public int ParseOnly()
    {
        var nodes = 0;
        foreach (var (html, _) in pages)
        {
            using var document = parser.ParseDocument(html);
            nodes += document.All.Length;
        }

        return nodes;
    }

    [Benchmark(Description = "ArticleExtractor.Extract (all pages)")]
    public int FullExtraction()
    {
        var chars = 0;
        foreach (var (html, url) in pages)
        {
            chars += ArticleExtractor.Extract(html, url).Text.Length;
        }

        return chars;
    }
}
