using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>Who moves in a person frame, and whether they were found through a pronoun or an implied subject.</summary>
internal sealed record Movers(List<string> Persons, bool ViaPronoun)
{
    /// <summary>The trigger's strength, less when the mover was only referred to.</summary>
    public double Confidence(TriggerHit hit) => hit.Trigger.Strength * (ViaPronoun ? 0.8 : 1.0);
}
