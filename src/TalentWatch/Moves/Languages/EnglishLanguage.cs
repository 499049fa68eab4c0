using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Languages;

/// <summary>English: subject-verb-object, capitalised names, whole words, the passive with "be".</summary>
internal sealed class EnglishLanguage() : MoveLanguage(
    MoveLexicon.English,
    new(VerbFirst: false, AttachedClitics: false, PossessorFollows: false, CapitalisesNames: true, PassiveInVowels: false))
{
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
        tokens[i].Is("leave") && i > 0 && MoveWords.LeaveAsAbsence.Contains(tokens[i - 1].Norm);
}
