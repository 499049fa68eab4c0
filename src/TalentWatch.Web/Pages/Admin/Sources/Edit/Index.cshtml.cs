using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Sources.Edit;

public sealed class IndexModel(TalentWatchDb db, SourceCheck check, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public int Id { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        Id = id;
        Form = SourceForm.From(source);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        Id = id;
        if (!ModelState.IsValid)
        {
            return Refuse(localizer["Check the fields: the URL is required, the interval is 5 to 10080 minutes."]);
        }
        // Re-checked on every save: the guard and the kind must hold for what is stored now, not what was added once.
        var outcome = await check.CheckAsync(Form, cancellationToken);
        if (outcome.Url is null)
        {
            return Refuse(outcome.Problem!);
        }
        if (await db.Sources.AnyAsync(s => s.Id != id && s.Url == outcome.Url.AbsoluteUri, cancellationToken))
        {
            return Refuse(localizer["Another source already reads {0}.", outcome.Url.AbsoluteUri]);
        }
        if (source.Url != outcome.Url.AbsoluteUri)
        {
            // Validators belong to the old URL.
            source.ETag = null;
            source.LastModified = null;
        }
        Form.ApplyTo(source, outcome.Url, outcome.Kind);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = localizer["{0} saved. {1}", source.Name, outcome.Note ?? string.Empty].Value;
        return RedirectToPage("/Admin/Sources/Index");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
