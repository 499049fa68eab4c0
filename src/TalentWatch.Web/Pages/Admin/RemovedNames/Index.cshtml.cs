using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Entities;
using TalentWatch.Storage;

namespace TalentWatch.Web.Pages.Admin.RemovedNames;

/// <summary>Names an admin rejected or merged away, kept out of the catalog and discovery; restoring one undoes that.</summary>
public sealed class IndexModel(TalentWatchDb db, EntityIndex index, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<RemovedEntity> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.RemovedEntities.AsNoTracking().OrderByDescending(r => r.RemovedAt).ThenBy(r => r.Slug).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.RemovedEntities.SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }
        db.RemovedEntities.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        // A shipped-catalog name comes back at once; a discovered one when an article names it again (or on reprocess).
        await CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), time.GetUtcNow().UtcDateTime, cancellationToken);
        index.Invalidate();
        Message = localizer["{0} restored. Reprocess the articles to tag them with it again.", row.Name];
        return RedirectToPage();
    }
}
