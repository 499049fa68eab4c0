using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Entities.Edit;

/// <summary>Edit one entity's names and kind, or merge it into another.</summary>
public sealed class IndexModel(TalentWatchDb db, EntityIndex index, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EntityForm Form { get; set; } = new();

    public Entity? Entity { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Entity = await db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (Entity is null)
        {
            return NotFound();
        }
        Form = EntityForm.From(Entity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        Entity = await db.Entities.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (Entity is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Refuse(localizer["Check the fields: the English name is required."]);
        }
        Form.ApplyTo(Entity);
        // The shipped catalog is re-applied at start-up except to entries an admin has edited.
        Entity.EditedByAdmin = true;
        await db.SaveChangesAsync(cancellationToken);
        index.Invalidate();
        TempData["Message"] = localizer["{0} saved. Reprocess the articles to re-tag them with the new names.", Entity.Name].Value;
        return RedirectToPage("/Admin/Entities/Index", new { q = Entity.Slug });
    }

    public async Task<IActionResult> OnPostMergeAsync(string slug, string? target, CancellationToken cancellationToken)
    {
        Entity = await db.Entities.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (Entity is null)
        {
            return NotFound();
        }
        var into = string.IsNullOrWhiteSpace(target) ? null
            : await db.Entities.SingleOrDefaultAsync(e => e.Slug == target.Trim(), cancellationToken);
        if (into is null || into.Id == Entity.Id)
        {
            Form = EntityForm.From(Entity);
            return Refuse(localizer["No other entity has the slug \"{0}\".", target ?? string.Empty]);
        }
        await EntityMerge.MergeAsync(db, Entity, into, time.GetUtcNow().UtcDateTime, cancellationToken);
        index.Invalidate();
        TempData["Message"] = localizer["{0} merged into {1}.", Entity.Name, into.Name].Value;
        return Redirect($"/admin/entities/{Uri.EscapeDataString(into.Slug)}");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
