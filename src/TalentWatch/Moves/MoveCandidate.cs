using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>A move read from one trigger, before dating and deduplication.</summary>
internal sealed record MoveCandidate(MoveType Type, string? Person, string? From, string? To, double Confidence, TriggerHit Hit);
