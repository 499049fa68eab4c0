using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Api;

/// <summary>A named entity in a move or event: slug and English name.</summary>
public sealed record NamedRef(string Id, string Name)
{
    public static NamedRef? From(Entity? entity) => entity is null ? null : new(entity.Slug, entity.Name);
}

/// <summary>One move as an article reports it.</summary>
public sealed record MoveJson(string Type, NamedRef? Person, NamedRef? From, NamedRef? To, string? Role, string? Date, string Evidence, double Confidence, long? EventId)
{
    public static MoveJson Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return new(TypeName(move.Type), NamedRef.From(move.Person), NamedRef.From(move.From), NamedRef.From(move.To),
            move.Role, move.Date, move.Evidence, Math.Round(move.Confidence, 3), move.EventId);
    }

    public static string TypeName(MoveType type) => type.ToString().ToLowerInvariant();
}
