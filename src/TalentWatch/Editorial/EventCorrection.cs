using System.Globalization;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Editorial;

/// <summary>An event as an editor says it should read: every field, changed or not.</summary>
public sealed record EventCorrection(MoveType Type, int? PersonId, int? FromId, int? ToId, string? Role, string? Date)
{
    private static readonly string[] DateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>Why the correction cannot stand, or null: a date as the corpus writes it, and the slots its type is known by.</summary>
    public string? Problem()
    {
        if (!string.IsNullOrWhiteSpace(Date)
            && !DateTime.TryParseExact(Date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"The date must be YYYY, YYYY-MM or YYYY-MM-DD, not \"{Date.Trim()}\".";
        }
        var slots = MoveKey.SlotsOf(Type);
        var type = Type.ToString().ToLowerInvariant();
        if ((slots & MoveSlots.Person) != 0 && PersonId is null)
        {
            return $"A {type} needs a person.";
        }
        if ((slots & MoveSlots.From) != 0 && FromId is null)
        {
            return $"A {type} needs the company it is from.";
        }
        if ((slots & MoveSlots.To) != 0 && ToId is null)
        {
            return $"A {type} needs the company it is to.";
        }
        return FromId is not null && FromId == ToId ? "From and to must be different companies." : null;
    }
}
