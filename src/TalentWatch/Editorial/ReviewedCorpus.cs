using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Editorial;

/// <summary>
/// The articles the editors have worked on, as a gold corpus (shared/corpus/README.md): every article that reports
/// at least one event with a verdict. The editors' verdict is the gold: a rejected event is left out (an extractor that
/// produces it again scores a false positive), a confirmed or corrected one is required in the editor's version, and
/// what nobody judged, or judged to be background, is optional.
/// </summary>
public static partial class ReviewedCorpus
{
    /// <summary>
    /// The render_site.py templates the articles are dressed in: the plain wire layouts of each language, whose pages
    /// carry the publication time in JSON-LD and meta tags, so a round trip measures the extractor and not the template.
    /// </summary>
    public const string EnglishSite = "wiretech";

    public const string ArabicSite = "arabtech";

    private const int Batch = 200;
    private const int MaxSlugLength = 80;

    /// <summary>
    /// Indented, snake_case, nulls left out, and text written as itself ("+03:00", Arabic) so an editor can read and diff
    /// it: the JSON is a file (served as an application/json attachment, nosniff), never embedded in a page, so the
    /// HTML-safe escaping of the default encoder buys nothing here.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Writes the whole corpus as one JSON array, an article at a time; returns how many articles it wrote.</summary>
    public static async Task<int> WriteAsync(TalentWatchDb db, Stream output, CancellationToken cancellationToken)
    {
        var count = 0;
        await JsonSerializer.SerializeAsync(output, Counted(), Json, cancellationToken);
        return count;

        async IAsyncEnumerable<CorpusItem> Counted()
        {
            await foreach (var item in ItemsAsync(db, cancellationToken))
            {
                count++;
                yield return item;
            }
        }
    }

    public static async IAsyncEnumerable<CorpusItem> ItemsAsync(TalentWatchDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.Moves
            .Where(m => m.Event != null && m.Event.Review != ReviewStatus.New)
            .Select(m => m.ArticleId).Distinct().OrderBy(id => id)
            .ToListAsync(cancellationToken);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        // In batches: an export of years of reviewing stays a few hundred articles in memory at a time.
        foreach (var batch in ids.Chunk(Batch))
        {
            var articles = await db.Articles.AsNoTracking().AsSplitQuery()
                .Where(a => batch.Contains(a.Id))
                .Include(a => a.Entities).ThenInclude(e => e.Entity)
                .Include(a => a.Moves).ThenInclude(m => m.Event)
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken);
            // A move can name an entity the article's mentions lack: an editor's correction, a report merged in.
            var named = articles.SelectMany(a => a.Moves)
                .SelectMany(m => new[] { m.PersonId, m.FromId, m.ToId, m.Event?.PersonId, m.Event?.FromId, m.Event?.ToId })
                .OfType<int>().Distinct().ToList();
            var entities = await db.Entities.AsNoTracking().Where(e => named.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var article in articles)
            {
                yield return Item(article, entities, slugs);
            }
        }
    }

    private static CorpusItem Item(Article article, Dictionary<int, Entity> entities, HashSet<string> slugs)
    {
        var text = article.Title + "\n" + article.Text;
        var lang = article.Language.Length >= 2 ? article.Language[..2] : article.Language;
        var moves = new List<CorpusMove>();
        var used = new List<int>();
        var confirmed = false;
        foreach (var move in article.Moves.OrderBy(m => m.EvidenceStart).ThenBy(m => m.Id))
        {
            var verdict = move.Event?.Review ?? ReviewStatus.New;
            if (verdict == ReviewStatus.Rejected)
            {
                continue;
            }
            var judged = verdict is ReviewStatus.Confirmed or ReviewStatus.Corrected;
            var background = move.Event?.Background == true;
            confirmed |= judged && !background;
            // A judged event speaks in the editor's fields; an unjudged one in what this article itself said.
            var (type, person, from, to, date) = judged
                ? (move.Event!.Type, move.Event.PersonId, move.Event.FromId, move.Event.ToId, move.Event.Date)
                : (move.Type, move.PersonId, move.FromId, move.ToId, move.Date);
            used.AddRange(new[] { person, from, to }.OfType<int>());
            var item = new CorpusMove(type.ToString().ToLowerInvariant(), Name(person), Name(from), Name(to), date,
                judged && !background ? null : true);
            if (!moves.Contains(item))
            {
                moves.Add(item);
            }
        }
        var mentioned = article.Entities.Where(e => e.Entity is not null).OrderBy(e => e.FirstOffset).ThenBy(e => e.EntityId)
            .Select(e => e.Entity!).ToList();
        var corpusEntities = mentioned.Select(e => new CorpusEntity(e.Name, Kind(e.Kind), Aliases(e, text))).ToList();
        foreach (var id in used.Distinct().Where(id => mentioned.All(e => e.Id != id) && entities.ContainsKey(id)))
        {
            var entity = entities[id];
            var aliases = Aliases(entity, text);
            // Named by a move but not tagged in the text: when no form of it occurs either, no system can find it in
            // this article, so the entity is optional (its move still resolves through it).
            corpusEntities.Add(new CorpusEntity(entity.Name, Kind(entity.Kind), aliases, aliases.Count == 0 ? true : null));
        }
        return new CorpusItem(
            Id: $"{lang}-r{article.Id.ToString(CultureInfo.InvariantCulture)}",
            Lang: lang,
            Site: lang == "ar" ? ArabicSite : EnglishSite,
            UrlSlug: Slug(article, slugs),
            Title: article.Title,
            Published: Published(article),
            Author: article.Author ?? string.Empty,
            Blocks: Paragraphs(article.Text),
            Relevant: confirmed || article.Relevant,
            Entities: corpusEntities,
            Moves: moves);

        string? Name(int? id) => id is { } known && entities.TryGetValue(known, out var entity) ? entity.Name : null;
    }

    private static string Kind(EntityKind kind) => kind == EntityKind.Person ? "person" : "org";

    /// <summary>The entity's names, in both scripts, that the article's title or text uses (the canonical one too, as the dev corpus lists it).</summary>
    private static List<string> Aliases(Entity entity, string text) =>
        [.. new[] { entity.Name, entity.NameAr }.OfType<string>().Concat(entity.AliasList)
            .Where(n => Occurs(text, n))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Whether a name occurs as a word: a Latin name needs a word edge on both sides ("Meta" is not in "metadata"); an
    /// Arabic one may carry a clitic in front (وماسك, لأوبن), as the corpus's aliases are written without them.
    /// </summary>
    internal static bool Occurs(string text, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        var arabic = IsArabic(name[0]);
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || (arabic && IsArabic(text[at - 1]));
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    /// <summary>ISO 8601 with the outlet's offset; an article with no date is dated by its fetch (UTC), as the corpus needs one.</summary>
    private static string Published(Article article) =>
        (article.PublishedAtWithOffset ?? new DateTimeOffset(DateTime.SpecifyKind(article.FetchedAt, DateTimeKind.Utc)))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The stored text's paragraphs (the extractor joins them with a blank line).</summary>
    private static List<string> Paragraphs(string text) =>
        [.. BlankLine().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>
    /// ASCII from the URL's last path segment (the renderer puts it in a path); "article-ID" when nothing ASCII is
    /// left (an Arabic slug), and the article id appended when two articles would share one.
    /// </summary>
    private static string Slug(Article article, HashSet<string> taken)
    {
        var segment = Uri.TryCreate(article.Url, UriKind.Absolute, out var uri)
            ? Uri.UnescapeDataString(uri.AbsolutePath.TrimEnd('/').Split('/')[^1])
            : string.Empty;
        segment = Path.GetFileNameWithoutExtension(segment);
        var slug = new StringBuilder();
        foreach (var c in segment)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString(0, Math.Min(slug.Length, MaxSlugLength)).Trim('-');
        var id = article.Id.ToString(CultureInfo.InvariantCulture);
        if (text.Length == 0)
        {
            text = "article-" + id;
        }
        if (!taken.Add(text))
        {
            text += "-" + id;
            taken.Add(text);
        }
        return text;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();
}
