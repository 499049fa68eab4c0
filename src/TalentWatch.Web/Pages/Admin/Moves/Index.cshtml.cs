using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Admin.Moves;

/// <summary>
/// The review queue: events newest first, filtered by verdict (new by default), type, company, language and
/// confidence, each with its evidence in context and quick verdicts; the rest of the actions are on the event's page.
/// </summary>
public sealed class IndexModel(TalentWatchDb db, EditorialDesk desk, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 25;

    /// <summary>new (the default), confirmed, rejected, corrected or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Company { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    /// <summary>The least confidence of the best report, 0 to 1.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confidence { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<ReviewRows.Item> Items { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The newest event id this administrator had seen before this visit; events above it are new to them.</summary>
    public long? SeenUpTo { get; private set; }

    /// <summary>The visit is an administrator's own (an account to keep the mark on).</summary>
    public bool Tracked { get; private set; }
    public int NewSinceLastVisit { get; private set; }

    public ReviewStatus? StatusFilter => ParseStatus(Status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = await FilterAsync(cancellationToken);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(RequestedPage.From(Request.Query), 1, Pages);
        Items = await ReviewRows.LoadAsync(db,
            query.OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize),
            cancellationToken);
        await NoteVisitAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostConfirmAsync(long id, string? returnUrl, CancellationToken cancellationToken) =>
        ActAsync(desk.ConfirmAsync(db, id, Editor, cancellationToken), "Event {0} confirmed.", id, returnUrl);

    public Task<IActionResult> OnPostRejectAsync(long id, string? returnUrl, CancellationToken cancellationToken) =>
        ActAsync(desk.RejectAsync(db, id, Editor, cancellationToken), "Event {0} rejected: it is no longer shown.", id, returnUrl);

    /// <summary>
    /// The entity pickers' suggestions: names, Arabic names and aliases containing what was typed (case and Arabic
    /// letter forms folded), most mentioned first, each as the "Name (slug)" the forms read back.
    /// </summary>
    public async Task<IActionResult> OnGetEntitiesAsync(string? q, string? kind, CancellationToken cancellationToken)
    {
        var wanted = string.Equals(kind, "person", StringComparison.OrdinalIgnoreCase) ? EntityKind.Person : EntityKind.Org;
        var needle = TalentWatch.Entities.TextNormalizer.NormalizeName(q ?? "");
        if (needle.Length == 0)
        {
            return new JsonResult(Array.Empty<object>());
        }
        var entities = await db.Entities.AsNoTracking().Where(e => e.Kind == wanted)
            .Select(e => new { e.Slug, e.Name, e.NameAr, e.Aliases, e.ArticleCount }).ToListAsync(cancellationToken);
        var matches = entities
            .Where(e => Entity.Names(e.Slug, e.Name, e.NameAr, e.Aliases).Any(n => TalentWatch.Entities.TextNormalizer.NormalizeName(n).Contains(needle, StringComparison.Ordinal)))
            .OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Take(15)
            .Select(e => new { label = $"{e.Name} ({e.Slug})", nameAr = e.NameAr });
        return new JsonResult(matches.ToList());
    }

    private string Editor => User.Identity?.Name ?? "admin";

    private async Task<IActionResult> ActAsync(Task<string?> action, string done, long id, string? returnUrl)
    {
        var problem = await action;
        Message = problem ?? localizer[done, id].Value;
        var back = ReturnUrls.Safe(Url, returnUrl);
        return LocalRedirect(back == ReturnUrls.Home ? "/admin/moves" : back);
    }

    private async Task<IQueryable<TalentEvent>> FilterAsync(CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking();
        if (Status is not null && !string.Equals(Status, "all", StringComparison.OrdinalIgnoreCase) && StatusFilter is null)
        {
            Problems.Add(localizer["Not understood: status \"{0}\" (new, confirmed, rejected, corrected or all).", Status]);
        }
        var status = string.IsNullOrWhiteSpace(Status) ? ReviewStatus.New : StatusFilter;
        if (status is { } wanted)
        {
            query = query.Where(e => e.Review == wanted);
        }
        var problems = new List<FilterProblem>();
        if (FilterValues.Type(Type, problems) is { } type)
        {
            query = query.Where(e => e.Type == type);
        }
        if (FilterValues.Language(Lang, problems) is { } language)
        {
            query = query.Where(e => e.Moves.Any(m => m.Article!.Language == language));
        }
        Problems.AddRange(problems.Select(p => p.Detail));
        if (!string.IsNullOrWhiteSpace(Company))
        {
            if (await EntityPick.ResolveAsync(db, Company, EntityKind.Org, cancellationToken) is { } company)
            {
                query = query.Where(e => e.FromId == company || e.ToId == company);
            }
            else
            {
                Problems.Add(localizer["No company is named \"{0}\".", Company]);
            }
        }
        if (!string.IsNullOrWhiteSpace(Confidence))
        {
            if (double.TryParse(Confidence, NumberStyles.Float, CultureInfo.InvariantCulture, out var least) && least is >= 0 and <= 1)
            {
                query = query.Where(e => e.Moves.Any(m => m.Confidence >= least));
            }
            else
            {
                Problems.Add(localizer["Not understood: confidence \"{0}\" (a number from 0 to 1).", Confidence]);
            }
        }
        return query;
    }

    /// <summary>Counts what is new to this administrator and moves their mark to the newest event there is now.</summary>
    private async Task NoteVisitAsync(CancellationToken cancellationToken)
    {
        var admin = await db.AdminUsers.SingleOrDefaultAsync(a => a.Name == Editor, cancellationToken);
        var newest = await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken);
        if (admin is null)
        {
            return;
        }
        Tracked = true;
        SeenUpTo = admin.MovesSeenUpTo;
        var seen = SeenUpTo ?? 0;
        NewSinceLastVisit = await db.Events.CountAsync(e => e.Id > seen && e.Review == ReviewStatus.New, cancellationToken);
        if (newest is not null && newest != admin.MovesSeenUpTo)
        {
            admin.MovesSeenUpTo = newest;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static ReviewStatus? ParseStatus(string? text) =>
        Enum.TryParse<ReviewStatus>(text?.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _) ? status : null;

    /// <summary>This page with the same filters, for the forms' return address.</summary>
    public string Self => Request.Path + Request.QueryString;

    /// <summary>Another page of the same queue.</summary>
    public string PageHref(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query);
    }
}
