using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Benchmarks;

/// <summary>
/// Entity matching over every dev-corpus article (title + joined body) once per invocation. MB/s is the UTF-8 size
/// printed at setup divided by the mean. Three setups: the shipped catalog; the same catalog inflated to 100,000
/// synthetic aliases (the automaton should not slow down); and one Regex alternation over the shipped aliases, the
/// obvious alternative, which does none of the normalisation or Arabic handling.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private const int InflatedAliasCount = 100_000;

    private List<(string Title, string Body)> articles = [];
    private EntityMatcher shipped = null!;
    private EntityMatcher inflated = null!;
    private Regex alternation = null!;

    [GlobalSetup]
    public void Setup()
    {
        articles = CorpusArticles.Load();
        var bytes = articles.Sum(a => Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Body));
        var catalog = EntityCatalog.LoadShipped();
        var aliases = catalog.SelectMany(AliasesOf).Distinct(StringComparer.Ordinal).ToList();

        shipped = new EntityMatcher(catalog);
        inflated = new EntityMatcher([.. catalog, .. SyntheticEntries(InflatedAliasCount - aliases.Count)]);

        // Longest first so the alternation prefers "Elon Musk" over "Elon" like the matcher does.
        var pattern = string.Join('|', aliases.OrderByDescending(a => a.Length).Select(Regex.Escape));
        alternation = new Regex($@"(?<!\w)(?:{pattern})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        Console.WriteLine($"// {articles.Count} articles, {bytes:N0} UTF-8 bytes; shipped catalog: {catalog.Count} entries, {aliases.Count} aliases");
    }

    [Benchmark(Baseline = true, Description = "EntityMatcher, shipped catalog")]
    public int Shipped() => MatchAll(shipped);

    [Benchmark(Description = "EntityMatcher, 100k aliases")]
    public int Inflated() => MatchAll(inflated);

    [Benchmark(Description = "TextNormalizer.Normalize only")]
    public int NormalizeOnly()
    {
        var length = 0;
        foreach (var (title, body) in articles)
        {
            length += TextNormalizer.Normalize(title, out _).Length + TextNormalizer.Normalize(body, out _).Length;
        }

        return length;
    }

    [Benchmark(Description = "Regex alternation, shipped aliases")]
    public int RegexAlternation()
    {
        var count = 0;
        foreach (var (title, body) in articles)
        {
            count += alternation.Count(title) + alternation.Count(body);
        }

        return count;
    }

    private int MatchAll(EntityMatcher matcher)
    {
        var count = 0;
        foreach (var (title, body) in articles)
        {
            count += matcher.Match(title, body).Count;
        }

        return count;
    }

    private static IEnumerable<string> AliasesOf(CatalogEntry e) =>
        new[] { e.Name, e.NameAr }.Concat(e.Aliases ?? []).Concat(e.AmbiguousAliases ?? [])
            .Where(a => !string.IsNullOrWhiteSpace(a))!;

    // Deterministic pseudo-names in both scripts, shaped like real ones (1-3 tokens), so the automaton gets a
    // realistic branching factor rather than one long chain.
    private static IEnumerable<CatalogEntry> SyntheticEntries(int aliasCount)
    {
        const string latin = "abcdefghijklmnopqrstuvwxyz";
        const string arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var random = new Random(42);
        // Five to ten letters: shorter random words coincide with real Arabic words (كان، علي) and then measure
        // extra hits in the text rather than the size of the catalog (allocations would grow with them).
        string Word(string letters) =>
            string.Create(random.Next(5, 11), (letters, random), static (span, s) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = s.letters[s.random.Next(s.letters.Length)];
                }
            });
        string Phrase(string letters) =>
            string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word(letters)));

        const int aliasesPerEntry = 10;
        for (var n = 0; n < aliasCount / aliasesPerEntry; n++)
        {
            var aliases = Enumerable.Range(0, aliasesPerEntry - 2).Select(i => Phrase(i % 2 == 0 ? latin : arabic)).ToList();
            yield return new CatalogEntry(
                $"synthetic-{n}", n % 2 == 0 ? EntityKind.Person : EntityKind.Org,
                Phrase(latin) + " " + Word(latin), Phrase(arabic) + " " + Word(arabic), aliases);
        }
    }
}
