using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Companies;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class DetailsModel(TalentWatchDb db, ReaderClock clock, EventVisibility visibility) : PageModel
{
    private const int MaxEvents = 500;

    /// <summary>Moves that bring someone in (To is the company) and that take someone away (From is the company).</summary>
    private static readonly MoveType[] Arrivals = [MoveType.Join, MoveType.Found, MoveType.Poach];
    private static readonly MoveType[] Departures = [MoveType.Join, MoveType.Leave, MoveType.Found, MoveType.Poach];

    public sealed record Counterpart(EntityChip? Company, int Count);

    public EntityChip Company { get; private set; } = null!;
    public TimelineFilter Filter { get; private set; } = new();
    public TimelineQuery.Page Timeline { get; private set; } = new([], null);
    public IReadOnlyList<EventRow> TalentIn { get; private set; } = [];
    public IReadOnlyList<EventRow> TalentOut { get; private set; } = [];
    public IReadOnlyList<Counterpart> InBySource { get; private set; } = [];
    public IReadOnlyList<Counterpart> OutByDestination { get; private set; } = [];
    public IReadOnlyList<EntityChip> People { get; private set; } = [];

    public string? NextHref => Timeline.NextCursor is { } next ? "/" + Filter.ToQueryString(next) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (entity is null)
        {
            // A merged name keeps its old links working; the target's own page redirects again if its kind differs.
            return await EntityRemovals.MergedIntoAsync(db, slug, cancellationToken) is { } target
                ? RedirectPermanent($"/companies/{Uri.EscapeDataString(target)}")
                : NotFound();
        }
        if (entity.Kind != EntityKind.Org)
        {
            return RedirectPermanent($"/people/{Uri.EscapeDataString(slug)}");
        }
        Company = EntityChip.From(entity)!;
        Filter = new TimelineFilter { Companies = [slug] };
        Timeline = await TimelineQuery.LoadAsync(db, Filter, null, clock, visibility, cancellationToken);

        var events = await ListQueries.EventRowsAsync(db,
            visibility.Shown(db.Events.AsNoTracking())
                .Where(e => e.FromId == entity.Id || e.ToId == entity.Id)
                .OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id)
                .Take(MaxEvents),
            cancellationToken);
        TalentIn = [.. events.Where(e => e.To?.Slug == slug && Arrivals.Contains(e.Type))];
        TalentOut = [.. events.Where(e => e.From?.Slug == slug && Departures.Contains(e.Type))];
        InBySource = Count(TalentIn.Select(e => e.From));
        OutByDestination = Count(TalentOut.Select(e => e.To));
        People = [.. events.Select(e => e.Person).OfType<EntityChip>().DistinctBy(p => p.Slug).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        return Page();
    }

    private static List<Counterpart> Count(IEnumerable<EntityChip?> companies) =>
        [.. companies.GroupBy(c => c?.Slug)
            .Select(g => new Counterpart(g.First(), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Company?.Name, StringComparer.OrdinalIgnoreCase)];
}
