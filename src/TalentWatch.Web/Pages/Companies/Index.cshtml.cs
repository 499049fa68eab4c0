using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Companies;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class IndexModel(TalentWatchDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public EntityKind Kind => EntityKind.Org;
    /// <summary>Also the names no article mentions yet.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    /// <summary>company, university, media or public-body; empty for every organisation.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    /// <summary>A sector value not understood, named on the page; the list then shows every sector.</summary>
    public string? Problem { get; private set; }

    public EntityDirectory.Listing Listing { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OrgSector? sector = null;
        if (!string.IsNullOrWhiteSpace(Sector))
        {
            if (SectorNames.TryParse(Sector, out var parsed))
            {
                sector = parsed;
            }
            else
            {
                Problem = Sector;
            }
        }
        Listing = await EntityDirectory.LoadAsync(db, Kind, Q, All, RequestedPage.From(Request.Query), cancellationToken, sector);
    }
}
