using System.Text.Json;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// Evaluation harness for the move extractor over the gold dev corpus (shared/corpus/dev/articles.json).
/// Mentions come from the shipped-catalog matcher plus, for gold entities the catalog lacks, the gold aliases
/// found in the text: a stand-in for the discovery step. Moves are scored with score.py's keys and names.
/// </summary>
internal static class DevCorpus
{
    public const string PathVariable = "TALENTWATCH_CORPUS";

    private static readonly EntityMatcher Shipped = new(EntityCatalog.LoadShipped());

    /// <summary>The dev corpus, or a failure that says where it was looked for: the corpus tests never pass without it.</summary>
    public static string RequirePath() => FindPath()
        ?? throw new FileNotFoundException(
            $"The dev corpus (shared/corpus/dev/articles.json, in a folder above the tests) is missing; these tests score against it. Set {PathVariable} to its path.");

    public static string? FindPath()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev", "articles.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static List<GoldArticle> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Select(GoldArticle.Read).ToList();
    }

    /// <summary>Runs the extractor on one article; moves come back with gold names where a slug maps to one.</summary>
    public static ArticleResult Run(GoldArticle article)
    {
        var (mentions, names) = MentionsAndNames(article);
        var moves = MoveExtractor.Extract(article.Title, article.Body, article.Language, article.Published, mentions);
        string? Name(string? slug) => slug is null ? null : names.TryGetValue(slug, out var n) ? n : slug;
        var keys = moves.Select(m => Key(m.Type.ToString().ToLowerInvariant(), Name(m.PersonSlug), Name(m.FromSlug), Name(m.ToSlug))).ToHashSet();
        return new ArticleResult(article, moves, keys, names);
    }

    public static List<EntityMention> Mentions(GoldArticle article) => MentionsAndNames(article).Mentions;

    private static (List<EntityMention> Mentions, Dictionary<string, string> Names) MentionsAndNames(GoldArticle article)
    {
        var catalog = EntityCatalog.LoadShipped();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<CatalogEntry>();
        foreach (var entity in article.Entities)
        {
            var forms = entity.Forms.Select(Norm).ToHashSet(StringComparer.Ordinal);
            var entry = catalog.FirstOrDefault(c => (c.Kind == EntityKind.Person) == (entity.Kind == "person")
                && new[] { c.Name, c.NameAr }.Concat(c.Aliases).Any(n => n is not null && forms.Contains(Norm(n))));
            if (entry is not null)
            {
                names.TryAdd(entry.Slug, entity.Name);

                // Spellings the catalog lacks (ديب ميند beside ديب مايند) are what discovery would add.
                var known = new[] { entry.Name, entry.NameAr }.Concat(entry.Aliases).Where(n => n is not null).Select(n => Norm(n!)).ToHashSet(StringComparer.Ordinal);
                var unknown = entity.Forms.Where(f => !known.Contains(Norm(f))).ToList();
                if (unknown.Count > 0)
                {
                    missing.Add(new CatalogEntry(entry.Slug, entry.Kind, unknown[0], null, unknown.Skip(1).ToList()));
                }

                continue;
            }

            var slug = "gold-" + Slugs.From(entity.Name);
            names[slug] = entity.Name;
            missing.Add(new CatalogEntry(slug, entity.Kind == "person" ? EntityKind.Person : EntityKind.Org, entity.Name, null, entity.Aliases));
        }

        var mentions = Shipped.Match(article.Title, article.Body).ToList();

        // Robustness run: what the catalog alone finds, without the discovery stand-in.
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("TALENTWATCH_MOVES_CATALOG_ONLY") != "1")
        {
            foreach (var extra in new EntityMatcher(missing).Match(article.Title, article.Body))
            {
                if (!mentions.Exists(m => m.InTitle == extra.InTitle && m.Start < extra.Start + extra.Length && extra.Start < m.Start + m.Length))
                {
                    mentions.Add(extra);
                }
            }

            mentions = mentions.OrderBy(m => m.InTitle ? 0 : 1).ThenBy(m => m.Start).ToList();
        }

        return (mentions, names);
    }

    /// <summary>score.py's move key: <see cref="MoveKey"/>'s slots, written as the corpus does ("join|person|to").</summary>
    public static string Key(string type, string? person, string? from, string? to) =>
        MoveKey.Of(Enum.Parse<MoveType>(type, ignoreCase: true), person, from, to).ToString();

    /// <summary>score.py's norm(): case, Arabic letter variants and diacritics folded, punctuation as spaces.</summary>
    public static string Norm(string s) =>
        string.Join(' ', TextNormalizer.NormalizeName(s).Replace('.', ' ').Replace('-', ' ').Replace('\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

internal sealed record GoldEntity(string Name, string Kind, IReadOnlyList<string> Aliases, bool Optional)
{
    public IEnumerable<string> Forms => Aliases.Prepend(Name);
}

internal sealed record GoldMove(string Type, string? Person, string? From, string? To, bool Optional, string? Date = null)
{
    public string Key => DevCorpus.Key(Type, Person, From, To);
}

internal sealed record GoldArticle(string Id, string Language, string Title, string Body, DateTimeOffset Published, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldMove> Moves)
{
    public static GoldArticle Read(JsonElement e)
    {
        // The scraper stores paragraphs, subheadings and pull quotes as main text; tweets and "read also" links are furniture.
        var body = new List<string>();
        foreach (var block in e.GetProperty("blocks").EnumerateArray())
        {
            if (block.ValueKind == JsonValueKind.String)
            {
                body.Add(block.GetString() ?? "");
            }
            else if (block.TryGetProperty("h2", out var h2) || block.TryGetProperty("quote", out h2))
            {
                body.Add(h2.GetString() ?? "");
            }
            else if (Environment.GetEnvironmentVariable("TALENTWATCH_MOVES_ALL_BLOCKS") == "1")
            {
                // Robustness run: a scraper that also keeps tweets and "read also" links.
                if (block.TryGetProperty("tweet", out var tweet))
                {
                    body.Add(tweet.GetProperty("text").GetString() ?? "");
                }
                else if (block.TryGetProperty("readalso", out var link))
                {
                    body.Add(link.GetString() ?? "");
                }
            }
        }

        static string? Str(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static bool Opt(JsonElement o) => o.TryGetProperty("optional", out var v) && v.ValueKind == JsonValueKind.True;
        var entities = e.GetProperty("entities").EnumerateArray()
            .Select(x => new GoldEntity(Str(x, "name")!, Str(x, "kind")!, x.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(v => v.GetString()!).ToList() : [], Opt(x)))
            .ToList();
        var moves = e.GetProperty("moves").EnumerateArray()
            .Select(x => new GoldMove(Str(x, "type")!, Str(x, "person"), Str(x, "from"), Str(x, "to"), Opt(x), Str(x, "date")))
            .ToList();
        return new GoldArticle(Str(e, "id")!, Str(e, "lang")!, Str(e, "title")!, string.Join("\n\n", body),
            DateTimeOffset.Parse(Str(e, "published")!, System.Globalization.CultureInfo.InvariantCulture), entities, moves);
    }
}

internal sealed record ArticleResult(GoldArticle Article, IReadOnlyList<ExtractedMove> Moves, HashSet<string> Keys, IReadOnlyDictionary<string, string> Names)
{
    public HashSet<string> Required => Article.Moves.Where(m => !m.Optional).Select(m => m.Key).ToHashSet();

    /// <summary>Optional gold moves, plus the departure implied by a join or found with a from (score.py counts it as optional).</summary>
    public HashSet<string> Optional =>
        Article.Moves.Where(m => m.Optional).Select(m => m.Key)
            .Concat(Article.Moves.Where(m => m.Type is "join" or "found" && m.Person is not null && m.From is not null).Select(m => DevCorpus.Key("leave", m.Person, m.From, null)))
            .ToHashSet();

    public int TruePositives => Required.Count(Keys.Contains);

    public List<string> FalsePositives => Keys.Where(k => !Required.Contains(k) && !Optional.Contains(k)).ToList();

    public List<string> Missed => Required.Where(k => !Keys.Contains(k)).ToList();

    /// <summary>Matched required moves whose gold has a date, and how many of those the system dated the same.</summary>
    public (int Dated, int Same) Dates(Func<ExtractedMove, string> key)
    {
        var dated = Article.Moves.Where(m => !m.Optional && m.Date is not null && Keys.Contains(m.Key)).ToList();
        var same = dated.Count(g => Moves.Any(m => key(m) == g.Key && m.Date == g.Date));
        return (dated.Count, same);
    }
}
