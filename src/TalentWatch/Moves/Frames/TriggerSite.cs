using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// A trigger being resolved, with what every frame reads to fill its slots: its sentence, the search for arguments
/// around it, how it is asserted, and what earlier sentences left (whom "he" and "the company" mean).
/// </summary>
internal sealed record TriggerSite(SentenceContext Sentence, TriggerHit Hit, ArgumentFinder Args, Modality Modality, DiscourseState Discourse)
{
    public TriggerSite(SentenceContext sentence, TriggerHit hit, Modality modality, DiscourseState discourse)
        : this(sentence, hit, new ArgumentFinder(sentence, hit), modality, discourse)
    {
    }

    /// <summary>
    /// What a too general trigger needs holds: staff words in its clause ("keep" engineers), or a persuasion verb
    /// earlier in the sentence ("persuade ... to stay").
    /// </summary>
    public bool ConditionsHold =>
        (!Hit.Trigger.Has(TriggerFlags.NeedsStaff) || Args.StaffInClause())
        && (!Hit.Trigger.Has(TriggerFlags.NeedsPersuasion) || Sentence.AnyWordIn(MoveWords.Persuasion, 0, Hit.Start));
}
