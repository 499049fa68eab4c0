using System.Collections.Frozen;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Languages;

/// <summary>English: subject-verb-object, capitalised names, whole words, the passive with "be".</summary>
internal sealed class EnglishLanguage() : MoveLanguage(MoveLexicon.English)
{
    // Nouns that turn "leave" into an absence, not a departure (on leave, medical leave).
    private static readonly FrozenSet<string> LeaveAsAbsence = MoveWords.Both("frames", "leave-absence");

    public override bool VerbFirst => false;

    public override bool AttachedClitics => false;

    public override bool PossessorFollows => false;

    public override bool CapitalisesNames => true;

    public override bool PassiveInVowels => false;

    public override bool Matches(MoveToken token, string word, bool mayTakeArticle, out string prefix)
    {
        prefix = "";
        return token.Is(word);
    }

    public override bool Vetoes(IReadOnlyList<MoveToken> tokens, int start, int end, Trigger trigger) =>
        IsAbsence(tokens, start) || IsAttributive(tokens, start, end, trigger);

    public override bool IsIndefiniteAccusative(string word) => false;

    public override bool IsAdjectiveAfterName(string word) => false;

    // "departing researchers", "leaving employees": a participle describing staff, not somebody's departure.
    private static bool IsAttributive(IReadOnlyList<MoveToken> tokens, int i, int end, Trigger trigger) =>
        trigger.Type == MoveType.Leave && end == i + 1 && tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal)
        && end < tokens.Count && MoveWords.Staff.Contains(tokens[end].Norm);

    private static bool IsAbsence(IReadOnlyList<MoveToken> tokens, int i) =>
        tokens[i].Is("leave") && i > 0 && LeaveAsAbsence.Contains(tokens[i - 1].Norm);
}
