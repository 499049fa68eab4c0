using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Api;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Timeline;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class IndexModel(TalentWatchDb db, ReaderClock clock, EventVisibility visibility, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int PickerSize = 20;

    public sealed record CompanyOption(string Slug, string Name, string? NameAr, int Articles, bool Selected);

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public TimelineFilter Filter { get; private set; } = new();
    public TimelineQuery.Page Results { get; private set; } = new([], null);
    public List<string> Problems { get; } = [];
    public IReadOnlyList<CompanyOption> CompanyOptions { get; private set; } = [];
    public SourceHealth Health { get; private set; } = new(0, false, [], []);
    public ReaderClock Clock => clock;

    public string? NextHref => Results.NextCursor is { } next ? "/" + Filter.ToQueryString(next) : null;

    public string FeedHref => "/feed.rss" + Filter.ToQueryString(withLimit: false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ParseFilter();
        KeysetCursor? after = null;
        if (!string.IsNullOrEmpty(Cursor))
        {
            if (KeysetCursor.TryDecode(Cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                Problems.Add(localizer["That \"Older\" link is no longer valid; showing the newest items."]);
            }
        }
        Results = await TimelineQuery.LoadAsync(db, Filter, after, clock, visibility, cancellationToken);
        Problems.AddRange(Results.Unknown.Select(p => p.Describe(localizer)));
        CompanyOptions = await LoadCompanyOptionsAsync(cancellationToken);
        Health = await SourceHealth.LoadAsync(db, cancellationToken);
    }

    private TimelineFilter ParseFilter()
    {
        var (filter, problems) = TimelineFilterReader.Read(Request.Query, PageLimits.Timeline);
        Problems.AddRange(problems.Select(p => p.Describe(localizer)));
        return filter;
    }

    /// <summary>The most-mentioned companies, plus any selected one that is not among them.</summary>
    private async Task<IReadOnlyList<CompanyOption>> LoadCompanyOptionsAsync(CancellationToken cancellationToken)
    {
        var selected = Filter.Companies.ToList();
        var counts = await OrgMentionCounts.GetAsync(db, cancellationToken);
        var shown = counts.Take(PickerSize).ToList();
        // A selected company outside the top stays in the picker, so unticking it is possible.
        var missing = selected.Where(slug => !shown.Exists(c => c.Slug == slug)).ToList();
        if (missing.Count > 0)
        {
            shown.AddRange(counts.Where(c => missing.Contains(c.Slug)));
            var unmentioned = missing.Where(slug => !shown.Exists(c => c.Slug == slug)).ToList();
            shown.AddRange(await db.Entities.AsNoTracking()
                .Where(e => e.Kind == EntityKind.Org && unmentioned.Contains(e.Slug))
                .Select(e => new OrgMentionCounts.Count(e.Slug, e.Name, e.NameAr, 0))
                .ToListAsync(cancellationToken));
        }
        return [.. shown.Select(c => new CompanyOption(c.Slug, c.Name, c.NameAr, c.Articles, selected.Contains(c.Slug)))];
    }
}
