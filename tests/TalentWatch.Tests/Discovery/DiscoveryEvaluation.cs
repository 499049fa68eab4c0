using System.Text;
using System.Text.Json;
using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Discovery;

/// <summary>
/// Runs <see cref="EntityDiscovery"/> over a gold corpus (format: shared/corpus/README.md) with no catalog matches and
/// scores it like shared/eval/score.py: a discovery counts when its name or an alias equals a gold name or alias
/// (normalised) and the kinds agree; optional gold items neither help nor hurt. Gold entities covered by the catalog
/// are left out, since in production the matcher finds them and discovery never sees them.
/// </summary>
public static class DiscoveryEvaluation
{
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
        public Score Add(Score o) => new(TruePositives + o.TruePositives, FalsePositives + o.FalsePositives, FalseNegatives + o.FalseNegatives);
        public override string ToString() => $"P={Precision:0.00} R={Recall:0.00} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})";
    }

    public sealed record Report(IReadOnlyDictionary<string, Score> ByLanguage, string Details);

    /// <summary>The project root (the folder with src/ and tests/), found from the test binaries.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "TalentWatch")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    public static Report Evaluate(string corpusPath, IReadOnlyList<CatalogEntry> catalog)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(corpusPath));
        // A catalog that is still the two-entry seed covers nothing worth subtracting: score against every gold entity.
        var catalogKeys = catalog.Count <= 2
            ? []
            : new HashSet<string>(catalog.SelectMany(c => c.Aliases.Append(c.Name).Append(c.NameAr ?? string.Empty)).Select(NameKey.Of).Where(k => k.Length > 0), StringComparer.Ordinal);
        var totals = new Dictionary<string, Score>(StringComparer.Ordinal);
        var details = new StringBuilder();
        foreach (var article in doc.RootElement.EnumerateArray())
        {
            var lang = article.GetProperty("lang").GetString()!;
            var (title, text) = ArticleText(article);
            var found = EntityDiscovery.Discover(title, text, lang, []);
            var gold = article.GetProperty("entities").EnumerateArray().Select(GoldEntity.From).ToList();
            gold.RemoveAll(g => g.Keys.Overlaps(catalogKeys));
            var score = ScoreArticle(found.Where(f => !catalogKeys.Contains(NameKey.Of(f.Name))).ToList(), gold, details, article.GetProperty("id").GetString()!);
            totals[lang] = totals.TryGetValue(lang, out var t) ? t.Add(score) : score;
        }
        totals["all"] = totals.Values.Aggregate(new Score(0, 0, 0), (a, b) => a.Add(b));
        return new Report(totals, details.ToString());
    }

    /// <summary>Title, and body as the scraper stores it: paragraphs, subheadings and pull quotes joined by blank lines.</summary>
    public static (string Title, string Text) ArticleText(JsonElement article)
    {
        var parts = new List<string>();
        foreach (var block in article.GetProperty("blocks").EnumerateArray())
        {
            if (block.ValueKind == JsonValueKind.String)
            {
                parts.Add(block.GetString()!);
            }
            else if (block.TryGetProperty("h2", out var h2))
            {
                parts.Add(h2.GetString()!);
            }
            else if (block.TryGetProperty("quote", out var quote))
            {
                parts.Add(quote.GetString()!);
            }
        }
        return (article.GetProperty("title").GetString()!, string.Join("\n\n", parts));
    }

    private static Score ScoreArticle(List<DiscoveredEntity> found, List<GoldEntity> gold, StringBuilder details, string id)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var fp = 0;
        foreach (var entity in found)
        {
            var keys = entity.Aliases.Prepend(entity.Name).Select(NameKey.Of).ToList();
            // Like score.py: the first of name-then-aliases that resolves decides the gold entity.
            var hit = keys.Select(k => gold.Find(g => g.Keys.Contains(k))).FirstOrDefault(g => g is not null);
            if (hit is not null && hit.Kind == entity.Kind)
            {
                matched.Add(hit.Name);
            }
            else if (hit is not { Optional: true })
            {
                fp++;
                details.AppendLine($"{id} FP {entity.Kind} {entity.Name} [{string.Join(" | ", entity.Aliases)}]{(hit is null ? string.Empty : " wrong kind")}");
            }
        }
        var required = gold.Where(g => !g.Optional).ToList();
        foreach (var miss in required.Where(g => !matched.Contains(g.Name)))
        {
            details.AppendLine($"{id} FN {miss.Kind} {miss.Name}");
        }
        var tp = required.Count(g => matched.Contains(g.Name));
        return new Score(tp, fp, required.Count - tp);
    }

    private sealed record GoldEntity(string Name, EntityKind Kind, bool Optional, HashSet<string> Keys)
    {
        public static GoldEntity From(JsonElement e)
        {
            var name = e.GetProperty("name").GetString()!;
            var aliases = e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [];
            var kind = e.GetProperty("kind").GetString() == "person" ? EntityKind.Person : EntityKind.Org;
            var optional = e.TryGetProperty("optional", out var o) && o.GetBoolean();
            return new GoldEntity(name, kind, optional, new HashSet<string>(aliases.Append(name).Select(NameKey.Of), StringComparer.Ordinal));
        }
    }
}
