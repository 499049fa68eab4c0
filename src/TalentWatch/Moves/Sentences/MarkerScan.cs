using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>What marker classification reads in a sentence: its text and tokens, its mentions, its language.</summary>
/// <param name="Blocked">Tokens of names and triggers: the words of one name's context end at another name or a trigger.</param>
internal sealed record MarkerScan(string Text, List<MoveToken> Tokens, List<MentionSpan> Spans, MoveLanguage Language, bool[] Blocked);
