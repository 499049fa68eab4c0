using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Common;

/// <summary>
/// The companies and people directories: entities of one kind with their article counts, most mentioned first,
/// searchable and paged. Names no article mentions yet (most of a fresh catalog) are left out unless asked for: a
/// reader browsing "Companies" wants the ones in the news.
/// </summary>
public static class EntityDirectory
{
    public const int PageSize = 100;

    public sealed record Row(string Slug, string Name, string? NameAr, bool Confirmed, int Articles, OrgSector Sector)
    {
        public EntityChip Chip(EntityKind kind) => new(Slug, Name, NameAr, kind);
    }

    /// <param name="Total">Entries matching the query and the toggle, on every page.</param>
    /// <param name="Unmentioned">Entries matching the query that no article mentions, left out unless <paramref name="ShowAll"/>.</param>
    /// <param name="Sector">Organisations of this sector only; null for all (and for people).</param>
    /// <param name="Sectors">For organisations: how many entries each sector has under the query and the toggle.</param>
    public sealed record Listing(
        EntityKind Kind, string? Q, bool ShowAll, int Page, IReadOnlyList<Row> Rows, int Total, int Unmentioned,
        OrgSector? Sector = null, IReadOnlyDictionary<OrgSector, int>? Sectors = null)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

        public string Path => Kind == EntityKind.Org ? "/companies" : "/people";

        /// <summary>This listing's URL with another page or toggle (the query and the sector kept).</summary>
        public string Href(int page, bool showAll) => Href(page, showAll, Sector);

        public string Href(int page, bool showAll, OrgSector? sector)
        {
            var query = new List<string>();
            if (!string.IsNullOrWhiteSpace(Q))
            {
                query.Add("q=" + Uri.EscapeDataString(Q.Trim()));
            }
            if (sector is { } chosen)
            {
                query.Add("sector=" + SectorNames.Name(chosen));
            }
            if (showAll)
            {
                query.Add("all=true");
            }
            if (page > 1)
            {
                query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return query.Count == 0 ? Path : Path + "?" + string.Join("&", query);
        }
    }

    /// <summary>
    /// Matching happens in memory on normalised names and aliases, so أوبن and اوبن find the same entry; the
    /// table is the catalog plus discovered names, small enough for that.
    /// </summary>
    public static async Task<Listing> LoadAsync(TalentWatchDb db, EntityKind kind, string? q, bool showAll, int page, CancellationToken cancellationToken,
        OrgSector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind)
            .Select(e => new { e.Slug, e.Name, e.NameAr, e.Aliases, e.Confirmed, Articles = e.ArticleCount })
            .ToListAsync(cancellationToken);
        var needle = string.IsNullOrWhiteSpace(q) ? null : TextNormalizer.NormalizeName(q);
        sector = kind == EntityKind.Org ? sector : null;
        var matching = all
            .Where(e => needle is null || needle.Length == 0
                || Entity.Names(e.Slug, e.Name, e.NameAr, e.Aliases).Any(n => TextNormalizer.NormalizeName(n).Contains(needle, StringComparison.Ordinal)))
            .Select(e => new Row(e.Slug, e.Name, e.NameAr, e.Confirmed, e.Articles, kind == EntityKind.Org ? EntityCatalog.SectorOf(e.Slug) : OrgSector.Company))
            .ToList();
        var sectors = kind == EntityKind.Org
            ? Enum.GetValues<OrgSector>().ToDictionary(s => s, s => matching.Count(e => e.Sector == s && (showAll || e.Articles > 0)))
            : null;
        var inSector = matching.Where(e => sector is null || e.Sector == sector).ToList();
        var listed = inSector
            .Where(e => showAll || e.Articles > 0)
            .OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var pages = Math.Max(1, (listed.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pages);
        var rows = listed.Skip((shown - 1) * PageSize).Take(PageSize).ToList();
        return new Listing(kind, q, showAll, shown, rows, listed.Count, inSector.Count(e => e.Articles == 0), sector, sectors);
    }
}
