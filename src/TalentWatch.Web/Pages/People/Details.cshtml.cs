using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.People;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class DetailsModel(TalentWatchDb db, EventVisibility visibility) : PageModel
{
    private const int MaxArticles = 30;

    public EntityChip Person { get; private set; } = null!;
    public IReadOnlyList<EventRow> Career { get; private set; } = [];
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];
    public int ArticleCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (entity is null)
        {
            // A merged name keeps its old links working; the target's own page redirects again if its kind differs.
            return await EntityRemovals.MergedIntoAsync(db, slug, cancellationToken) is { } target
                ? RedirectPermanent($"/people/{Uri.EscapeDataString(target)}")
                : NotFound();
        }
        if (entity.Kind != EntityKind.Person)
        {
            return RedirectPermanent($"/companies/{Uri.EscapeDataString(slug)}");
        }
        Person = EntityChip.From(entity)!;
        var events = await ListQueries.EventRowsAsync(db,
            visibility.Shown(db.Events.AsNoTracking()).Where(e => e.PersonId == entity.Id).OrderBy(e => e.FirstReportedAt).ThenBy(e => e.Id),
            cancellationToken);
        // The career reads in the order things happened: the date the text gives when it gives one, else the first report.
        Career = [.. events.OrderBy(e => e.Date ?? e.FirstReportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ThenBy(e => e.FirstReportedAt)];
        // Newest mentions from their own index: the person's articles without walking everyone else's.
        var mentioning = db.ArticleEntities.AsNoTracking().Where(m => m.EntityId == entity.Id)
            .OrderByDescending(m => m.ArticleSortAt).ThenByDescending(m => m.ArticleId).Take(MaxArticles).Select(m => m.Article!);
        ArticleCount = entity.ArticleCount;
        Articles = await ListQueries.ArticleRowsAsync(db, mentioning, cancellationToken);
        return Page();
    }
}
