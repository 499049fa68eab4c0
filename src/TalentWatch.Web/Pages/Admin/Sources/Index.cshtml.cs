using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Events;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Pages.Admin.Sources;

/// <summary>Every source with its health, and the actions that change one: all POST, all antiforgery-checked.</summary>
public sealed class IndexModel(TalentWatchDb db, TimeProvider time, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed record Row(Source Source, int Articles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var counts = await db.Articles.Where(a => a.SourceId != null).GroupBy(a => a.SourceId!.Value).Select(g => new { g.Key, Count = g.Count() })
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
    /// The admin chooses: "keep" leaves the articles (their source becomes null, the database's ON DELETE SET NULL),
    /// "remove" deletes them first with everything that hangs off them. Either way the URL is remembered as deleted,
    /// so start-up does not restore the source from the configuration or the defaults.
    /// </summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, string? articles, CancellationToken cancellationToken)
    {
        var source = await db.Sources.FindAsync([id], cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        if (articles is not ("keep" or "remove"))
        {
            Message = localizer["{0} was not deleted: choose whether to keep or remove its articles.", source.Name];
            return RedirectToPage();
        }
        var count = await db.Articles.CountAsync(a => a.SourceId == id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (articles == "remove")
            {
                // Mentions, moves and kept HTML cascade in the database; the search index follows by trigger.
                await db.Articles.Where(a => a.SourceId == id).ExecuteDeleteAsync(cancellationToken);
            }
            var remembered = await db.DeletedSources.FindAsync([source.Url], cancellationToken);
            if (remembered is null)
            {
                db.DeletedSources.Add(new DeletedSource { Url = source.Url, DeletedAt = now });
            }
            else
            {
                remembered.DeletedAt = now;
            }
            db.Sources.Remove(source);
            await db.SaveChangesAsync(cancellationToken);
            if (articles == "remove")
            {
                // Events whose every report went with the articles go too; the others keep their remaining reports' times.
                await EventLinker.SettleAsync(db, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        var what = articles == "remove"
            ? localizer["{0} deleted with its {1} article(s).", source.Name, count]
            : localizer["{0} deleted; its {1} article(s) are kept under their site's name.", source.Name, count];
        var configured = IsConfigured(source.Url, now)
            ? " " + localizer["It is listed in the configuration (TalentWatch:Sources) but stays deleted: start-up will not restore it. Add it again here to bring it back, and remove it from the configuration to tidy up."]
            : string.Empty;
        Message = what + configured;
        return RedirectToPage();
    }

    private bool IsConfigured(string url, DateTime now) =>
        ConfiguredSources.Read(configuration)
            .Any(entry => entry.Problem is null && SourceSync.TryCreate(entry.Options, now, out var configured, out _) && configured.Url == url);
}
