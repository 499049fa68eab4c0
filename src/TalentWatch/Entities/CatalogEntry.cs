using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentWatch.Entities;

public enum EntityKind
{
    Person,
    Org,
}

/// <summary>One entry of the shipped catalog (Entities/catalog.json).</summary>
/// <param name="Slug">Stable id: the lowercase ASCII English name with hyphens (elon-musk, openai, google-deepmind).</param>
/// <param name="Aliases">Other surface forms in both scripts: spelling variants, short forms (Musk, ماسك), former names.</param>
/// <param name="Parent">Slug of the parent organisation (google-deepmind → google), when it helps.</param>
/// <param name="Context">For ambiguous aliases: words that must occur near the mention for it to count (e.g. "X" needs منصة/posted on).</param>
public sealed record CatalogEntry(
    string Slug,
    EntityKind Kind,
    string Name,
    string? NameAr,
    IReadOnlyList<string> Aliases,
    string? Parent = null,
    IReadOnlyList<string>? AmbiguousAliases = null,
    IReadOnlyList<string>? Context = null);

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

    public static IReadOnlyList<CatalogEntry> Load(Stream json) =>
        JsonSerializer.Deserialize<List<CatalogEntry>>(json, Json) ?? [];
}
