using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Sources.Add;

public sealed class IndexModel(TalentWatchDb db, SourceCheck check, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Refuse(localizer["Check the fields: the URL is required, the interval is 5 to 10080 minutes."]);
        }
        var outcome = await check.CheckAsync(Form, cancellationToken);
        if (outcome.Url is null)
        {
            return Refuse(outcome.Problem!);
        }
        if (await db.Sources.AnyAsync(s => s.Url == outcome.Url.AbsoluteUri, cancellationToken))
        {
            return Refuse(localizer["A source already reads {0}.", outcome.Url.AbsoluteUri]);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var source = new Source { Name = string.Empty, Kind = outcome.Kind, Url = string.Empty, CreatedAt = now, NextRunAt = now };
        Form.ApplyTo(source, outcome.Url, outcome.Kind, outcome.Title);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = localizer["{0} added. {1}", source.Name, outcome.Note ?? string.Empty].Value;
        return RedirectToPage("/Admin/Sources/Index");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
