using System.ComponentModel.DataAnnotations;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Pages.Admin.Entities.Edit;

/// <summary>The editable fields of an entity; aliases in both scripts, one per line as stored.</summary>
public sealed class EntityForm
{
    [Required]
    [StringLength(200)]
    public string Name { get; set; } = string.Empty;

    [StringLength(200)]
    public string? NameAr { get; set; }

    [StringLength(20000)]
    public string? Aliases { get; set; }

    public EntityKind Kind { get; set; }

    public static EntityForm From(Entity entity) => new()
    {
        Name = entity.Name,
        NameAr = entity.NameAr,
        Aliases = entity.Aliases,
        Kind = entity.Kind,
    };

    public void ApplyTo(Entity entity)
    {
        entity.Name = Name.Trim();
        entity.NameAr = string.IsNullOrWhiteSpace(NameAr) ? null : NameAr.Trim();
        // Browsers post CRLF; the matcher splits on LF and trims, but stored text stays tidy.
        entity.Aliases = Entity.Join((Aliases ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal));
        entity.Kind = Kind;
    }
}
