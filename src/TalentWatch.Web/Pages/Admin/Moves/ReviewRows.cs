using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Admin.Moves;

/// <summary>The review queue's rows: an event, its reports with their evidence in context, and its audit list.</summary>
public static class ReviewRows
{
    /// <summary>One report of the event: the sentence that made it a move, with the text around it in its paragraph.</summary>
    public sealed record Report(long MoveId, long ArticleId, string Title, string Url, string Language, DateTime SortAt,
        string Before, string Evidence, string After, double Confidence);

    public sealed record Item(long Id, MoveType Type, EntityChip? Person, EntityChip? From, EntityChip? To, string? Role, string? Date,
        bool Background, ReviewStatus Review, string? ReviewedBy, DateTime? ReviewedAt, DateTime LatestReportedAt,
        IReadOnlyList<Report> Reports, IReadOnlyList<EventAuditEntry> Audit)
    {
        public double Confidence => Reports.Count == 0 ? 0 : Reports.Max(r => r.Confidence);

        public string TypeName => Type.ToString().ToLowerInvariant();

        /// <summary>The sentence a reader would see on the timeline, for the sentence partial.</summary>
        public EventRow Row => new(Id, Type, Person, From, To, Role, Date, LatestReportedAt, LatestReportedAt, []);
    }

    /// <summary>At most this many characters of the paragraph on each side of the evidence.</summary>
    private const int ContextChars = 240;

    public static async Task<List<Item>> LoadAsync(TalentWatchDb db, IQueryable<TalentEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await events
            .Select(e => new
            {
                e.Id,
                e.Type,
                e.Role,
                e.Date,
                e.Background,
                e.Review,
                e.ReviewedBy,
                e.ReviewedAt,
                e.LatestReportedAt,
                Person = e.Person == null ? null : new EntityChip(e.Person.Slug, e.Person.Name, e.Person.NameAr, e.Person.Kind),
                From = e.From == null ? null : new EntityChip(e.From.Slug, e.From.Name, e.From.NameAr, e.From.Kind),
                To = e.To == null ? null : new EntityChip(e.To.Slug, e.To.Name, e.To.NameAr, e.To.Kind),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var reports = (await db.Moves.AsNoTracking()
            .Where(m => m.EventId != null && ids.Contains(m.EventId.Value))
            .Select(m => new { EventId = m.EventId!.Value, m.Id, m.ArticleId, m.Article!.Title, m.Article.Url, m.Article.Language, m.Article.SortAt, m.Article.Text, m.Evidence, m.EvidenceStart, m.Confidence })
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.EventId, m =>
            {
                var (before, after) = Context(m.Text, m.EvidenceStart, m.Evidence);
                return new Report(m.Id, m.ArticleId, m.Title, m.Url, m.Language, m.SortAt, before, m.Evidence, after, m.Confidence);
            });
        var audit = (await db.EventAudit.AsNoTracking().Where(a => ids.Contains(a.EventId)).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.EventId);
        return [.. rows.Select(r => new Item(r.Id, r.Type, r.Person, r.From, r.To, r.Role, r.Date, r.Background, r.Review, r.ReviewedBy, r.ReviewedAt,
            r.LatestReportedAt, [.. reports[r.Id].OrderBy(p => p.SortAt).ThenBy(p => p.MoveId)], [.. audit[r.Id]]))];
    }

    /// <summary>
    /// The rest of the evidence's paragraph on each side, shortened to whole words; nothing when the evidence is not
    /// where the move says (a move read from the title).
    /// </summary>
    public static (string Before, string After) Context(string text, int start, string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        if (start < 0 || start + evidence.Length > text.Length || string.CompareOrdinal(text, start, evidence, 0, evidence.Length) != 0)
        {
            return ("", "");
        }
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var end = start + evidence.Length;
        var paragraphEnd = text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length;
        var before = text[paragraphStart..start];
        var after = text[end..paragraphEnd];
        if (before.Length > ContextChars)
        {
            var cut = before.IndexOf(' ', before.Length - ContextChars);
            before = "…" + before[(cut < 0 ? before.Length - ContextChars : cut + 1)..];
        }
        if (after.Length > ContextChars)
        {
            var cut = after.LastIndexOf(' ', ContextChars);
            after = after[..(cut < 0 ? ContextChars : cut)] + "…";
        }
        return (before, after);
    }
}
