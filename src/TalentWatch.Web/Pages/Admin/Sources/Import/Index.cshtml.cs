using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Sources.Import;

/// <summary>
/// Adds the feeds of an OPML file. Each URL gets the checks that need no network (scheme, private addresses); a
/// list can hold hundreds, so reachability shows in the health table after the first run, whose fetches go
/// through the same guard as always.
/// </summary>
[RequestSizeLimit(Opml.MaxBytes + (64 * 1024))]
public sealed class IndexModel(TalentWatchDb db, SourceCheck check, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int MaxEntries = 500;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Added { get; private set; } = [];
    public IReadOnlyList<string> Skipped { get; private set; } = [];
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0 || Upload.Length > Opml.MaxBytes)
        {
            return Refuse(localizer["Choose an OPML file of at most {0} KiB.", Opml.MaxBytes / 1024]);
        }
        List<Opml.Entry> entries;
        try
        {
            await using var stream = Upload.OpenReadStream();
            entries = Opml.Read(stream);
        }
        catch (XmlException ex)
        {
            return Refuse(localizer["The file is not OPML that can be read: {0}", ex.Message]);
        }
        if (entries.Count > MaxEntries)
        {
            return Refuse(localizer["The file lists {0} feeds; import at most {1} at a time.", entries.Count, MaxEntries]);
        }
        var known = (await db.Sources.Select(s => s.Url).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        List<string> added = [], skipped = [];
        foreach (var entry in entries)
        {
            var (url, problem) = check.CheckTarget(entry.Url, entry.Kind);
            if (url is null)
            {
                skipped.Add($"{entry.Url}: {problem}");
                continue;
            }
            if (!known.Add(url.AbsoluteUri))
            {
                skipped.Add(localizer["{0}: already a source.", url.AbsoluteUri]);
                continue;
            }
            var source = new Source { Name = string.Empty, Kind = entry.Kind, Url = string.Empty, CreatedAt = now, NextRunAt = now };
            new SourceForm { Name = Truncate(entry.Title, 200), Kind = entry.Kind, LinkSelector = Truncate(entry.LinkSelector, 500), Enabled = true }
                .ApplyTo(source, url, entry.Kind);
            db.Sources.Add(source);
            added.Add(source.Name);
        }
        await db.SaveChangesAsync(cancellationToken);
        (Added, Skipped) = (added, skipped);
        return Page();
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
