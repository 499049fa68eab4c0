using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Search;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Search;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class IndexModel(TalentWatchDb db) : PageModel
{
    public const int PageSize = 30;
    private const int MaxPage = 50;

    /// <summary>How many of the newest matches are ranked: every page a reader can reach.</summary>
    public const int RankedMatches = PageSize * MaxPage;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>
    /// From ?page= itself: model binding would take Razor Pages' own "page" route value (the page's path) first and
    /// always show the first page.
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<ArticleRow> Results { get; private set; } = [];

    /// <summary>Per article id, the passage around the first match, for the reader to judge the hit.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<SearchSnippet.Part>> Snippets { get; private set; } = new Dictionary<long, IReadOnlyList<SearchSnippet.Part>>();
    public bool HasMore { get; private set; }
    public bool Searched { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = RequestedPage.From(Request.Query, MaxPage);
        if (ArticleSearch.SearchWords(Q) is null)
        {
            return;
        }
        Searched = true;
        var skip = (PageNumber - 1) * PageSize;
        // Ranked among the newest matches only; the bound is every page a reader can reach. The words, bound, limit and
        // offset go to the database as parameters, never into the SQL text.
        var ids = await ArticleSearch.RankedAsync(db, Q, RankedMatches, PageSize + 1, skip, cancellationToken);
        HasMore = ids.Count > PageSize;
        var page = ids.Take(PageSize).ToList();
        var rows = await ListQueries.ArticleRowsAsync(db, db.Articles.AsNoTracking().Where(a => page.Contains(a.Id)), cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        Results = [.. page.Where(byId.ContainsKey).Select(id => byId[id])];
        var texts = await db.Articles.AsNoTracking().Where(a => page.Contains(a.Id)).Select(a => new { a.Id, a.Text }).ToListAsync(cancellationToken);
        Snippets = texts.ToDictionary(t => t.Id, t => SearchSnippet.Build(t.Text, Q));
    }
}
