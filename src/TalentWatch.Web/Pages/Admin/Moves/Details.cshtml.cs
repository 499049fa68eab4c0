using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Moves;

/// <summary>One event for an editor: its reports in context, the correction form, merge and split, background, the audit list.</summary>
public sealed class DetailsModel(TalentWatchDb db, EditorialDesk desk, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The event as the editor would have it; names as "Name (slug)", or any name or alias in either script.</summary>
    public sealed class CorrectionForm
    {
        public string Type { get; set; } = "";
        public string? Person { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public string? Role { get; set; }
        public string? Date { get; set; }
    }

    [BindProperty]
    public CorrectionForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }
    public ReviewRows.Item Item { get; private set; } = null!;

    /// <summary>Events that might be the same move: the same person, or the same two companies.</summary>
    public IReadOnlyList<ReviewRows.Item> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = new CorrectionForm
        {
            Type = Item.TypeName,
            Person = EntityPick.Label(Item.Person),
            From = EntityPick.Label(Item.From),
            To = EntityPick.Label(Item.To),
            Role = Item.Role,
            Date = Item.Date,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(long id, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<MoveType>(Form.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            return await RefuseAsync(id, localizer["Choose a type."], cancellationToken);
        }
        var person = await PickAsync(Form.Person, EntityKind.Person, cancellationToken);
        var from = await PickAsync(Form.From, EntityKind.Org, cancellationToken);
        var to = await PickAsync(Form.To, EntityKind.Org, cancellationToken);
        if ((person.Unknown ?? from.Unknown ?? to.Unknown) is { } unknown)
        {
            return await RefuseAsync(id, localizer["No entity is named \"{0}\": pick one from the suggestions, or add it under Entities first.", unknown], cancellationToken);
        }
        var correction = new EventCorrection(type, person.Id, from.Id, to.Id, Form.Role, Form.Date);
        var problem = await desk.CorrectAsync(db, id, correction, Editor, cancellationToken);
        return problem is null ? Done(id, localizer["Event {0} corrected.", id]) : await RefuseAsync(id, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(long id, long? other, CancellationToken cancellationToken)
    {
        var problem = other is { } source ? await desk.MergeAsync(db, id, source, Editor, cancellationToken) : localizer["Name the event to merge into this one."].Value;
        return problem is null ? Done(id, localizer["Event {0} merged into event {1}.", other!, id]) : await RefuseAsync(id, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostSplitAsync(long id, long move, CancellationToken cancellationToken)
    {
        var problem = await desk.SplitAsync(db, move, Editor, cancellationToken);
        return problem is null ? Done(id, localizer["The report is now an event of its own, in the queue as new."]) : await RefuseAsync(id, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostBackgroundAsync(long id, bool background, CancellationToken cancellationToken)
    {
        var problem = await desk.MarkBackgroundAsync(db, id, background, Editor, cancellationToken);
        return problem is null ? Done(id, localizer[background ? "Event {0} marked as background." : "Event {0} marked as news.", id]) : await RefuseAsync(id, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostVerdictAsync(long id, string verdict, CancellationToken cancellationToken)
    {
        var problem = verdict switch
        {
            "confirm" => await desk.ConfirmAsync(db, id, Editor, cancellationToken),
            "reject" => await desk.RejectAsync(db, id, Editor, cancellationToken),
            "reopen" => await desk.ReopenAsync(db, id, Editor, cancellationToken),
            _ => localizer["Not understood: verdict \"{0}\".", verdict].Value,
        };
        return problem is null ? Done(id, localizer["Event {0} saved.", id]) : await RefuseAsync(id, problem, cancellationToken);
    }

    private string Editor => User.Identity?.Name ?? "admin";

    private RedirectResult Done(long id, string message)
    {
        Message = message;
        return Redirect($"/admin/moves/{id}");
    }

    private async Task<IActionResult> RefuseAsync(long id, string problem, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Problem = problem;
        return Page();
    }

    private async Task<(int? Id, string? Unknown)> PickAsync(string? text, EntityKind kind, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
            : await EntityPick.ResolveAsync(db, text, kind, cancellationToken) is { } id ? (id, null) : (null, text.Trim());

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var item = (await ReviewRows.LoadAsync(db, db.Events.AsNoTracking().Where(e => e.Id == id), cancellationToken)).SingleOrDefault();
        if (item is null)
        {
            return false;
        }
        Item = item;
        var talentEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        var related = db.Events.AsNoTracking()
            .Where(e => e.Id != id && ((talentEvent.PersonId != null && e.PersonId == talentEvent.PersonId)
                || (talentEvent.PersonId == null && e.FromId == talentEvent.FromId && e.ToId == talentEvent.ToId)))
            .OrderByDescending(e => e.LatestReportedAt).Take(10);
        Related = await ReviewRows.LoadAsync(db, related, cancellationToken);
        return true;
    }
}
