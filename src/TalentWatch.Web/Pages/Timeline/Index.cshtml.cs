using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Web.Api;
using TalentWatch.Web.Pages.Common;

namespace TalentWatch.Web.Pages.Timeline;

public sealed class IndexModel(TalentWatchDb db, ReaderClock clock, OrgMentionCounts orgCounts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int PickerSize = 20;

    public sealed record CompanyOption(string Slug, string Name, string? NameAr, int Articles, bool Selected);

    [BindProperty(SupportsGet = true, Name = "company")]
    public string[] Company { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Since { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Until { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Relevant { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Limit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public TimelineFilter Filter { get; private set; } = new();
    public TimelineQuery.Page Results { get; private set; } = new([], null);
    public List<string> Problems { get; } = [];
    public IReadOnlyList<CompanyOption> CompanyOptions { get; private set; } = [];
    public SourceHealth Health { get; private set; } = new(0, 0, [], []);
    public ReaderClock Clock => clock;

    public string? NextHref => Results.NextCursor is { } next ? "/" + Filter.ToQueryString(next) : null;

    public string FeedHref => "/feed.rss" + Filter.ToQueryString(withLimit: false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ParseFilter();
        ArticleCursor? after = null;
        if (!string.IsNullOrEmpty(Cursor))
        {
            if (ArticleCursor.TryDecode(Cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                Problems.Add(localizer["That \"Older\" link is no longer valid; showing the newest items."]);
            }
        }
        Results = await TimelineQuery.LoadAsync(db, Filter, after, clock, cancellationToken);
        CompanyOptions = await LoadCompanyOptionsAsync(cancellationToken);
        Health = await SourceHealth.LoadAsync(db, cancellationToken);
    }

    private TimelineFilter ParseFilter()
    {
        MoveType? type = null;
        if (!string.IsNullOrWhiteSpace(Type))
        {
            if (Enum.TryParse<MoveType>(Type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Type, out _))
            {
                type = parsed;
            }
            else
            {
                Problems.Add(localizer["Unknown move type \"{0}\"; it was ignored.", Type]);
            }
        }
        var language = Lang is "ar" or "en" ? Lang : null;
        if (!string.IsNullOrWhiteSpace(Lang) && language is null)
        {
            Problems.Add(localizer["Unknown language \"{0}\"; it was ignored.", Lang]);
        }
        return new TimelineFilter
        {
            Companies = [.. Company.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Take(20)],
            Person = string.IsNullOrWhiteSpace(Person) ? null : Person.Trim(),
            Type = type,
            Language = language,
            Since = ParseDate(Since, "since"),
            Until = ParseDate(Until, "until"),
            IncludeIrrelevant = string.Equals(Relevant, "all", StringComparison.OrdinalIgnoreCase),
            Limit = Math.Clamp(Limit ?? TimelineFilter.DefaultLimit, 1, TimelineFilter.MaxLimit),
        };
    }

    private DateOnly? ParseDate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problems.Add(localizer["\"{0}\" is not a date (YYYY-MM-DD); {1} was ignored.", text, name]);
        return null;
    }

    /// <summary>The most-mentioned companies, plus any selected one that is not among them.</summary>
    private async Task<IReadOnlyList<CompanyOption>> LoadCompanyOptionsAsync(CancellationToken cancellationToken)
    {
        var selected = Filter.Companies.ToList();
        var counts = await orgCounts.GetAsync(db, cancellationToken);
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
