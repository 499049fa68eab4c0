using System.Collections.Frozen;
using System.Globalization;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// Every word list the move rules read, by name, each the English and the Arabic data file's list together: Arabic
/// articles quote English (titles and names in brackets), and the rules have always read both. What a list is for is
/// written above it in its data file (Moves/Data/{en,ar}/...).
/// </summary>
internal static class MoveWords
{
    // markers.txt
    public static FrozenSet<string> Roles { get; } = Both("markers", "role");
    public static FrozenSet<string> Staff { get; } = Both("markers", "staff");
    public static FrozenSet<string> Heads { get; } = Both("markers", "head");
    public static FrozenSet<string> Relatives { get; } = Both("markers", "relative");
    public static FrozenSet<string> Former { get; } = Both("markers", "former");
    public static FrozenSet<string> PostedOn { get; } = Both("markers", "posted-on");
    public static FrozenSet<string> PlatformNouns { get; } = Both("markers", "platform-noun");
    public static FrozenSet<string> SeenBy { get; } = Both("markers", "seen-by");
    public static FrozenSet<string> VerbLike { get; } = Both("markers", "verb-like");

    // grammar.txt
    public static FrozenSet<string> ClauseBreaks { get; } = Both("grammar", "clause-break");
    public static FrozenSet<string> Pronouns { get; } = Both("grammar", "pronoun");
    public static FrozenSet<string> PluralPronouns { get; } = Both("grammar", "plural-pronoun");
    public static FrozenSet<string> Auxiliaries { get; } = Both("grammar", "auxiliary");
    public static FrozenSet<string> PersonRelatives { get; } = Both("grammar", "person-relative");
    public static FrozenSet<string> SingularRelatives { get; } = Both("grammar", "singular-relative");
    public static FrozenSet<string> We { get; } = Both("grammar", "we");
    public static FrozenSet<string> WeVerbs { get; } = Both("grammar", "we-verb");
    public static FrozenSet<string> Sequencers { get; } = Both("grammar", "sequencer");
    public static FrozenSet<string> Subordinators { get; } = Both("grammar", "subordinator");
    public static FrozenSet<string> Inclusion { get; } = Both("grammar", "inclusion");
    public static FrozenSet<string> StaffConjunctions { get; } = Both("grammar", "staff-conjunction");
    public static FrozenSet<string> Persuasion { get; } = Both("grammar", "persuasion");

    // modality.txt
    public static FrozenSet<string> Negation { get; } = Both("modality", "negation");
    public static FrozenSet<string> Conditionals { get; } = Both("modality", "conditional");
    public static FrozenSet<string> Speculation { get; } = Both("modality", "speculation");
    public static FrozenSet<string> Attempts { get; } = Both("modality", "attempt");
    public static FrozenSet<string> AttemptLinks { get; } = Both("modality", "attempt-link");
    public static FrozenSet<string> MayDatePrepositions { get; } = Both("modality", "may-date");
    public static FrozenSet<string> Was { get; } = Both("modality", "was");

    // dates.txt (and Months below)
    public static FrozenSet<string> Until { get; } = Both("dates", "until");
    public static FrozenSet<string> LastYear { get; } = Both("dates", "last-year");
    public static FrozenSet<string> LastMonth { get; } = Both("dates", "last-month");
    public static FrozenSet<string> ThisYear { get; } = Both("dates", "this-year");

    // roles.txt
    public static FrozenSet<string> RoleOpeners { get; } = Both("roles", "opener");
    public static FrozenSet<string> RoleFillers { get; } = Both("roles", "filler");
    public static FrozenSet<string> RoleAccusatives { get; } = Both("roles", "accusative");

    // frames.txt
    public static FrozenSet<string> NotFounding { get; } = Both("frames", "not-founding");

    /// <summary>"retention rates", معدلات الاحتفاظ: a rate of keeping staff measures it, no company acts (RetentionFrame).</summary>
    public static FrozenSet<string> RateNouns { get; } = Both("frames", "rate-noun");

    /// <summary>Words after which a hire's listed members follow (PersonLists).</summary>
    public static FrozenSet<string> ListCues { get; } = Both("frames", "list-cue");

    /// <summary>كل/كلا: a list cue when من follows (PersonLists).</summary>
    public static FrozenSet<string> EachOf { get; } = Both("frames", "each-of");

    /// <summary>"hires", "newcomers", المنضمون: a sentence opening with one lists the people a hire brought in (ArrivalLists).</summary>
    public static FrozenSet<string> ArrivalNouns { get; } = Both("frames", "arrival-noun");

    /// <summary>"are", "include", هم after an arrival noun: its list starts after it (ArrivalLists).</summary>
    public static FrozenSet<string> ListCopulas { get; } = Both("frames", "list-copula");

    /// <summary>"its", "their" before a unit, or after it in apposition: the sentence company's own (UnitParents).</summary>
    public static FrozenSet<string> OwningPronouns { get; } = Both("frames", "owning-pronoun");

    /// <summary>التابعة (belonging) after a unit, when "to it" follows: the sentence company's own (UnitParents).</summary>
    public static FrozenSet<string> BelongingWords { get; } = Both("frames", "belonging-word");

    /// <summary>lab, team, مختبر: before a unit said to belong to a company (UnitParents).</summary>
    public static FrozenSet<string> UnitNouns { get; } = Both("frames", "unit-noun");
    public static FrozenSet<string> GenericCompanies { get; } = Both("frames", "generic-company");
    public static FrozenSet<string> GenericTeams { get; } = Both("frames", "generic-team");
    public static FrozenSet<string> ObjectDeterminers { get; } = Both("frames", "object-determiner");
    public static FrozenSet<string> ObjectFillers { get; } = Both("frames", "object-filler");
    public static FrozenSet<string> LeaveNouns { get; } = Both("frames", "leave-noun");
    public static FrozenSet<string> GroupLeaveNouns { get; } = Both("frames", "group-leave-noun");
    public static FrozenSet<string> FoundedAuxiliaries { get; } = Both("frames", "founded-auxiliary");
    public static FrozenSet<string> PassiveFoundingVerbs { get; } = Both("frames", "passive-founding");
    public static FrozenSet<string> PassiveAgents { get; } = Both("frames", "passive-agent");
    public static FrozenSet<string> SubjectQuantifiers { get; } = Both("frames", "subject-quantifier");
    public static FrozenSet<string> PassiveAuxiliaries { get; } = Both("frames", "passive-auxiliary");
    public static FrozenSet<string> AccusativeRoles { get; } = Both("frames", "accusative-role");
    public static FrozenSet<string> StaffQuantifiers { get; } = Both("frames", "staff-quantifier");
    public static FrozenSet<string> Numbers { get; } = Both("frames", "number");
    public static FrozenSet<string> ReferringHeads { get; } = Both("frames", "referring-head");
    public static FrozenSet<string> Offers { get; } = Both("frames", "offer");
    public static FrozenSet<string> RivalOffers { get; } = Both("frames", "rival-offer");
    public static FrozenSet<string> LawsuitWords { get; } = Both("frames", "lawsuit");
    public static FrozenSet<string> CompanySubjects { get; } = Both("frames", "company-subject");
    public static FrozenSet<string> LeaveAsAbsence { get; } = Both("frames", "leave-absence");

    // prepositions.txt: the role a word gives the name after it (Arabic written without clitics).
    public static FrozenDictionary<string, Marker> Prepositions { get; } = ReadPrepositions();

    // dates.txt: month names by number; names of two words (كانون الثاني) are not read, a date is read a word at a time.
    public static FrozenDictionary<string, int> Months { get; } = ReadMonths();

    /// <summary>A list of both languages' data files as one set, in TextNormalizer form.</summary>
    private static FrozenSet<string> Both(string file, string list) =>
        MoveLexicon.English.Words(file, list).Concat(MoveLexicon.Arabic.Words(file, list)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Marker> ReadPrepositions()
    {
        var markers = new Dictionary<string, Marker>(StringComparer.Ordinal)
        {
            ["from"] = Marker.From,
            ["to"] = Marker.To,
            ["at"] = Marker.At,
            ["for"] = Marker.For,
            ["by"] = Marker.By,
            ["with"] = Marker.With,
            ["of"] = Marker.Of,
            ["source"] = Marker.Source,
            ["conj"] = Marker.Conj,
        };
        var prepositions = new Dictionary<string, Marker>(StringComparer.Ordinal);
        foreach (var (name, marker) in markers)
        {
            foreach (var word in Both("prepositions", name))
            {
                // Two spellings of one word (في، فى) fold to one form: they must mark the same role.
                if (prepositions.TryGetValue(word, out var other) && other != marker)
                {
                    throw new InvalidOperationException($"Moves data: the preposition {word} is listed as both {other} and {marker}.");
                }

                prepositions[word] = marker;
            }
        }

        return prepositions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> ReadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var month = 1; month <= 12; month++)
        {
            foreach (var name in Both("dates", month.ToString(CultureInfo.InvariantCulture)).Where(n => !n.Contains(' ', StringComparison.Ordinal)))
            {
                months[name] = month;
            }
        }

        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
