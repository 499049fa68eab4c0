using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Entities;

/// <summary>Search the catalog, judge discovered names, and start a reprocess after changing it.</summary>
public sealed class IndexModel(TalentWatchDb db, EntityIndex index, ReprocessRunner runner, TimeProvider time, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private const int Limit = 200;

    /// <param name="OnTopic">Named by at least one article judged on topic; names met only in off-topic articles
    /// (the footballers of a sports page) come last in the queue.</param>
    public sealed record Row(Entity Entity, int Articles, bool OnTopic);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public EntityKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Confirmed { get; set; }

    public ReprocessRunner.Status Reprocess { get; private set; } = new(false, null, null);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reprocess = runner.Current;
        var query = db.Entities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            // LIKE folds ASCII case for the Latin names; Arabic has no case, so a plain substring test does.
            query = query.Where(e => EF.Functions.Like(e.Name, $"%{term}%") || EF.Functions.Like(e.Slug, $"%{term}%")
                || EF.Functions.Like(e.Aliases, $"%{term}%") || (e.NameAr != null && e.NameAr.Contains(term)));
        }
        if (Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        if (Confirmed is { } confirmed)
        {
            query = query.Where(e => e.Confirmed == confirmed);
        }
        var rows = await query
            .Select(e => new { Entity = e, Articles = e.ArticleCount, OnTopic = db.ArticleEntities.Any(m => m.EntityId == e.Id && m.ArticleRelevant) })
            .OrderBy(r => r.Entity.Confirmed).ThenByDescending(r => r.OnTopic).ThenByDescending(r => r.Articles).ThenBy(r => r.Entity.Name)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r => new Row(r.Entity, r.Articles, r.OnTopic))];
    }

    public async Task<IActionResult> OnPostConfirmAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }
        entity.Confirmed = true;
        await db.SaveChangesAsync(cancellationToken);
        index.Invalidate();
        Message = localizer["{0} confirmed.", entity.Name];
        return RedirectToPage(new { Q, Kind, Confirmed });
    }

    /// <summary>Mentions, moves and events naming it go with it: the foreign keys cascade.</summary>
    public async Task<IActionResult> OnPostRejectAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }
        await EntityRemovals.RememberAsync(db, entity, null, time.GetUtcNow().UtcDateTime, cancellationToken);
        db.Entities.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        index.Invalidate();
        Message = localizer["{0} rejected and deleted.", entity.Name];
        return RedirectToPage(new { Q, Kind, Confirmed });
    }

    public IActionResult OnPostReprocess()
    {
        Message = runner.TryStart() ? localizer["Reprocessing started."] : localizer["A reprocess is already running."];
        return RedirectToPage();
    }
}
