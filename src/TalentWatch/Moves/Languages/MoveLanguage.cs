using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// An article's language as the move rules see it: its trigger lexicon, how a trigger's words are matched, and the
/// few facts of its grammar that change where a trigger's arguments stand. Rules ask these facts by name
/// (<see cref="VerbFirst"/> ...) rather than which language it is, so each rule says why it differs.
/// </summary>
internal abstract class MoveLanguage
{
    protected MoveLanguage(MoveLexicon lexicon, Grammar grammar)
    {
        Lexicon = lexicon;
        (VerbFirst, AttachedClitics, PossessorFollows, CapitalisesNames, PassiveInVowels) = grammar;
    }

    public static MoveLanguage English { get; } = new EnglishLanguage();

    public static MoveLanguage Arabic { get; } = new ArabicLanguage();

    /// <summary>Its data files (Moves/Data/{code}/).</summary>
    public MoveLexicon Lexicon { get; }

    public IReadOnlyList<Trigger> Triggers => Lexicon.Triggers;

    /// <summary>
    /// Verb-subject-object order is as common as subject-verb-object, and a verb carries its subject (غادر: he left;
    /// استقطبنا: we recruited): a name right after a verb may be who acts, and subject pronouns go unwritten.
    /// </summary>
    public bool VerbFirst { get; }

    /// <summary>
    /// Conjunctions and one-letter prepositions are written joined to the next word (وغوغل، لتسلا، وفي): a word may
    /// be a conjunction and a preposition, and a name may carry the "and" of a list.
    /// </summary>
    public bool AttachedClitics { get; }

    /// <summary>
    /// A possessor follows the noun it qualifies (مهندسي تسلا، شركة ماسك، متحدث باسم غوغل): nothing after a name marks
    /// it, and a person right after a company noun owns the company. English puts it first: "Tesla's engineers".
    /// </summary>
    public bool PossessorFollows { get; }

    /// <summary>Names are capitalised: lower-case words between a preposition and a company are modifiers ("of AI startup Acme").</summary>
    public bool CapitalisesNames { get; }

    /// <summary>The passive is a vowel of the verb, often unwritten (عُيّن), not an auxiliary ("was named").</summary>
    public bool PassiveInVowels { get; }

    /// <summary>The language of an article's language code: Arabic for "ar" and its regional codes, else English.</summary>
    public static MoveLanguage Of(string? code) =>
        code is not null && code.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;

    /// <summary>
    /// A token is the trigger's word; <paramref name="prefix"/> gets the clitics written before it. Only a noun, or a
    /// later word of a phrase, may take the article (<paramref name="mayTakeArticle"/>).
    /// </summary>
    public abstract bool Matches(MoveToken token, string word, bool mayTakeArticle, out string prefix);

    /// <summary>A use of a trigger's words, matched on tokens [start, end), that tells no move ("on leave").</summary>
    public abstract bool Vetoes(IReadOnlyList<MoveToken> tokens, int start, int end, Trigger trigger);

    /// <summary>An indefinite object in the accusative (أثرًا، بصمةً): another object than a company stands there.</summary>
    public abstract bool IsIndefiniteAccusative(string word);

    /// <summary>An adjective that follows a name as part of its phrase (مجموعة جي 42 الإماراتية).</summary>
    public abstract bool IsAdjectiveAfterName(string word);

    /// <summary>The grammar facts of a language, in the order of the properties above.</summary>
    protected sealed record Grammar(bool VerbFirst, bool AttachedClitics, bool PossessorFollows, bool CapitalisesNames, bool PassiveInVowels);
}
