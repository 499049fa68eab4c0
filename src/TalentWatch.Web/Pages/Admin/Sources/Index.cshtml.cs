using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;

namespace TalentWatch.Web.Pages.Admin.Sources;

/// <summary>Every source with its health, and the actions that change one: all POST, all antiforgery-checked.</summary>
public sealed class IndexModel(TalentWatchDb db, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed record Row(Source Source, int Articles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var counts = await db.Articles.GroupBy(a => a.SourceId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = [.. sources.Select(s => new Row(s, counts.GetValueOrDefault(s.Id)))];
    }

    /// <summary>Due now: the scheduler picks it up on its next poll (it runs nothing itself, so a click cannot pile up runs).</summary>
    public async Task<IActionResult> OnPostRunAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.FindAsync([id], cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        if (!source.Enabled)
        {
            Message = localizer["{0} is disabled: enable it to run it.", source.Name];
            return RedirectToPage();
        }
        source.NextRunAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        Message = localizer["{0} will run on the scheduler's next poll.", source.Name];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.FindAsync([id], cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        source.Enabled = !source.Enabled;
        await db.SaveChangesAsync(cancellationToken);
        Message = source.Enabled ? localizer["{0} is now enabled.", source.Name] : localizer["{0} is now disabled.", source.Name];
        return RedirectToPage();
    }

    /// <summary>
    /// Articles belong to their source (the foreign key cascades), so deleting one deletes its articles; the form
    /// makes that explicit, and disabling is the way to stop a source while keeping what it brought.
    /// </summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, bool withArticles, CancellationToken cancellationToken)
    {
        var source = await db.Sources.FindAsync([id], cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        var articles = await db.Articles.CountAsync(a => a.SourceId == id, cancellationToken);
        if (articles > 0 && !withArticles)
        {
            Message = localizer["{0} has {1} article(s): tick \"and its articles\" to delete them too, or disable the source to keep them.", source.Name, articles];
            return RedirectToPage();
        }
        db.Sources.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        Message = localizer["{0} deleted with {1} article(s).", source.Name, articles];
        return RedirectToPage();
    }
}
