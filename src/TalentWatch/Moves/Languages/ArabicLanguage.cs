using TalentWatch.Entities.Discovery;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Languages;

/// <summary>Arabic: verb-first as often as not, clitics written on the word, construct state, unwritten vowels.</summary>
internal sealed class ArabicLanguage() : MoveLanguage(
    MoveLexicon.Arabic,
    new(VerbFirst: true, AttachedClitics: true, PossessorFollows: true, CapitalisesNames: false, PassiveInVowels: true))
{
    /// <summary>Stems match with their clitics (للانضمام، انضمامه): see <see cref="ArabicMorph"/>.</summary>
    public override bool Matches(MoveToken token, string word, bool mayTakeArticle, out string prefix) =>
        ArabicMorph.Matches(token.Norm, word, mayTakeArticle, out prefix);

    // شريكه في التأسيس ("his partner in founding") is the title co-founder, not a founding.
    public override bool Vetoes(IReadOnlyList<MoveToken> tokens, int start, int end, Trigger trigger) =>
        trigger.Type == MoveType.Found && start >= 2 && tokens[start - 1].Norm == "في"
        && ArabicMorph.Split(tokens[start - 2].Norm).Core.StartsWith("شريك", StringComparison.Ordinal);

    public override bool IsIndefiniteAccusative(string word) =>
        word.EndsWith('ا') && !word.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>A nisba, the relational adjective of nationality or origin (الإماراتية).</summary>
    public override bool IsAdjectiveAfterName(string word) => ArabicWords.IsNisba(word);
}
