using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Languages;

/// <summary>A lexicon entry: a word sequence in TextNormalizer form; "*" skips up to two words.</summary>
internal sealed record Trigger(MoveType Type, TriggerFrame Frame, string[] Words, double Strength, TriggerFlags Flags)
{
    public bool Has(TriggerFlags flag) => (Flags & flag) != 0;

    public static Trigger Create(MoveType type, TriggerFrame frame, double strength, TriggerFlags flags, string pattern) =>
        new(type, frame, pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "*" ? w : TextNormalizer.NormalizeName(w)).ToArray(), strength, flags);
}
