using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Sources.Add;

public sealed class IndexModel(TalentWatchDb db, SourceCheck check, TimeProvider time) : PageModel
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
            return Refuse("Check the fields: the URL is required, the interval is 5 to 10080 minutes.");
        }
        var outcome = await check.CheckAsync(Form, cancellationToken);
        if (outcome.Url is null)
        {
            return Refuse(outcome.Problem!);
        }
        if (await db.Sources.AnyAsync(s => s.Url == outcome.Url.AbsoluteUri, cancellationToken))
        {
            return Refuse($"A source already reads {outcome.Url.AbsoluteUri}.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var source = new Source { Name = string.Empty, Kind = outcome.Kind, Url = string.Empty, CreatedAt = now, NextRunAt = now };
        Form.ApplyTo(source, outcome.Url, outcome.Kind);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{source.Name} added. {outcome.Note}";
        return RedirectToPage("/Admin/Sources/Index");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
