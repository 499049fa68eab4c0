using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>A lexicon trigger found on sentence tokens [Start, End); Prefix is the Arabic proclitic chain of its first word.</summary>
/// <param name="PronounSuffix">The Arabic trigger word carries an attached pronoun (لاستقطابهم، أسسها): its object is a pronoun.</param>
internal sealed record TriggerHit(Trigger Trigger, int Start, int End, string Prefix, bool PronounSuffix);
