using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;

namespace TalentWatch.Web.Pages.People;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class IndexModel(TalentWatchDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public EntityKind Kind => EntityKind.Person;
    public IReadOnlyList<EntityDirectory.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Rows, Total) = await EntityDirectory.LoadAsync(db, Kind, Q, cancellationToken);
}
