using System.Text.Json;
using System.Text.Json.Serialization;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Entities;

/// <summary>One entry of the shipped catalog (Entities/catalog.json).</summary>
/// <param name="Slug">Stable id: the lowercase ASCII English name with hyphens (elon-musk, openai, google-deepmind).</param>
/// <param name="Aliases">Other surface forms in both scripts: spelling variants, short forms (Musk, ماسك), former names.</param>
/// <param name="Parent">Slug of the parent organisation (google-deepmind → google), when it helps.</param>
/// <param name="Context">For ambiguous aliases: words that must occur near the mention for it to count (e.g. "X" needs منصة/posted on).</param>
/// <param name="Unit">A lab or division inside its parent (Meta Superintelligence Labs, Microsoft AI): a move into or out of it
/// is the parent's move, with the unit as its detail. Subsidiaries that hire as companies of their own (Google DeepMind,
/// LinkedIn) are no units.</param>
/// <param name="Sector">For organisations: company (the default), university, media or public body.</param>
public sealed record CatalogEntry(
    string Slug,
    EntityKind Kind,
    string Name,
    string? NameAr,
    IReadOnlyList<string> Aliases,
    string? Parent = null,
    IReadOnlyList<string>? AmbiguousAliases = null,
    IReadOnlyList<string>? Context = null,
    bool Unit = false,
    OrgSector Sector = OrgSector.Company)
{
    /// <summary>A stored entity as the matcher reads it (the unit flag lives in the shipped catalog only).</summary>
    public static CatalogEntry Of(Entity stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Slug, stored.Kind, stored.Name, stored.NameAr, stored.AliasList, stored.ParentSlug, stored.AmbiguousAliasList, stored.ContextList);
    }
}

public static class EntityCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The catalog shipped with the app (embedded resource).</summary>
    public static IReadOnlyList<CatalogEntry> LoadShipped()
    {
        using var stream = typeof(EntityCatalog).Assembly.GetManifestResourceStream("TalentWatch.Entities.catalog.json")
            ?? throw new InvalidOperationException("catalog.json is not embedded.");
        return Load(stream);
    }

    /// <summary>The shipped catalog's units (<see cref="CatalogEntry.Unit"/>), unit slug to parent slug.</summary>
    public static IReadOnlyDictionary<string, string> ShippedUnitParents { get; } = UnitParents(LoadShipped());

    /// <summary>
    /// The shipped catalog's organisations that are not companies, by slug. The sector is read from the catalog in
    /// memory rather than stored, so a catalog update reclassifies a name without a migration.
    /// </summary>
    public static IReadOnlyDictionary<string, OrgSector> ShippedSectors { get; } =
        LoadShipped().Where(e => e.Kind == EntityKind.Org && e.Sector != OrgSector.Company).ToDictionary(e => e.Slug, e => e.Sector, StringComparer.Ordinal);

    public static OrgSector SectorOf(string slug) => ShippedSectors.GetValueOrDefault(slug, OrgSector.Company);

    public static IReadOnlyDictionary<string, string> UnitParents(IEnumerable<CatalogEntry> catalog) =>
        catalog.Where(e => e.Unit && e.Parent is not null).ToDictionary(e => e.Slug, e => e.Parent!, StringComparer.Ordinal);

    public static IReadOnlyList<CatalogEntry> Load(Stream json) =>
        JsonSerializer.Deserialize<List<CatalogEntry>>(json, Json) ?? [];
}
