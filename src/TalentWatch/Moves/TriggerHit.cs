namespace TalentWatch.Moves;

/// <summary>A lexicon trigger found on sentence tokens [Start, End); Prefix is the Arabic proclitic chain of its first word.</summary>
internal sealed record TriggerHit(Trigger Trigger, int Start, int End, string Prefix);
