using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>The slots of a move that name a person or a company.</summary>
[Flags]
public enum MoveSlots
{
    None = 0,
    Person = 1,
    From = 2,
    To = 4,
}

/// <summary>
/// What tells one move from another, as the gold corpus scores moves: the type and the slots its key is made of
/// (<see cref="MoveKey.SlotsOf"/>); the other slots are left empty. Extraction keys moves by slug and storage by
/// entity id, so <typeparamref name="TId"/> is whatever names an entity there (string? or int?).
/// </summary>
public readonly record struct MoveKey<TId>(MoveType Type, TId Person, TId From, TId To)
{
    /// <summary>Every slot of the key is filled: a move without them cannot be told apart from another.</summary>
    public bool IsComplete =>
        (!Keyed(MoveSlots.Person) || Person is not null)
        && (!Keyed(MoveSlots.From) || From is not null)
        && (!Keyed(MoveSlots.To) || To is not null);

    /// <summary>The corpus's spelling (score.py): type, then the key's slots in the order person, to, from.</summary>
    public override string ToString()
    {
        var key = Type.ToString().ToLowerInvariant();
        foreach (var (slot, value) in new[] { (MoveSlots.Person, Person), (MoveSlots.To, To), (MoveSlots.From, From) })
        {
            if (Keyed(slot))
            {
                key += "|" + value;
            }
        }

        return key;
    }

    private bool Keyed(MoveSlots slot) => (MoveKey.SlotsOf(Type) & slot) != 0;
}

/// <summary>The one rule for which slots identify a move of each type, for slugs, entity ids and queries alike.</summary>
public static class MoveKey
{
    /// <summary>join and found: who, and where to; leave: who, and where from; poach: the recruiter and the company
    /// raided; retain: the company keeping its staff.</summary>
    public static MoveSlots SlotsOf(MoveType type) => type switch
    {
        MoveType.Join or MoveType.Found => MoveSlots.Person | MoveSlots.To,
        MoveType.Leave => MoveSlots.Person | MoveSlots.From,
        MoveType.Poach => MoveSlots.To | MoveSlots.From,
        MoveType.Retain => MoveSlots.From,
        _ => MoveSlots.None,
    };

    /// <summary>The key of a move with these slots: the slots that are not part of it are dropped.</summary>
    public static MoveKey<TId> Of<TId>(MoveType type, TId person, TId from, TId to)
    {
        var slots = SlotsOf(type);
        return new MoveKey<TId>(
            type,
            (slots & MoveSlots.Person) != 0 ? person : default!,
            (slots & MoveSlots.From) != 0 ? from : default!,
            (slots & MoveSlots.To) != 0 ? to : default!);
    }

    public static MoveKey<string?> Of(ExtractedMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return Of(move.Type, move.PersonSlug, move.FromSlug, move.ToSlug);
    }

    /// <summary>The move types whose key includes <paramref name="slot"/>: a database query tests a row's slot with
    /// these (an IN list), since it cannot call <see cref="SlotsOf"/>.</summary>
    public static IReadOnlyList<MoveType> TypesKeyedBy(MoveSlots slot) =>
        Enum.GetValues<MoveType>().Where(type => (SlotsOf(type) & slot) != 0).ToArray();
}
