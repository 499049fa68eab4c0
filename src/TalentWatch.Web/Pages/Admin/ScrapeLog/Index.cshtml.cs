using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Pages.Admin.ScrapeLog;

/// <summary>Recent runs of every source (or one), newest first, with their counts and errors.</summary>
public sealed class IndexModel(TalentWatchDb db) : PageModel
{
    private const int PageSize = 200;

    public sealed record Row(ScrapeRun Run, string SourceName);

    [BindProperty(SupportsGet = true)]
    public int? Source { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Storage.Source> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var runs = db.ScrapeRuns.AsNoTracking();
        if (Source is { } id)
        {
            runs = runs.Where(r => r.SourceId == id);
        }
        var rows = await runs
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(PageSize)
            .Join(db.Sources, r => r.SourceId, s => s.Id, (r, s) => new { Run = r, s.Name })
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r => new Row(r.Run, r.Name))];
    }
}
