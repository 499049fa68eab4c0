using TalentWatch.Entities;

namespace TalentWatch.Moves;

/// <summary>Closed-class words that mark argument roles, in TextNormalizer form (Arabic without clitics).</summary>
internal static class MarkerWords
{
    public static readonly Dictionary<string, Marker> Prepositions = Map(new Dictionary<string, Marker>
    {
        ["from"] = Marker.From, ["to"] = Marker.To, ["into"] = Marker.To, ["at"] = Marker.At, ["in"] = Marker.At,
        ["within"] = Marker.At, ["inside"] = Marker.At, ["for"] = Marker.For, ["by"] = Marker.By, ["with"] = Marker.With,
        ["alongside"] = Marker.With, ["against"] = Marker.With, ["of"] = Marker.Of, ["via"] = Marker.Source,
        ["according"] = Marker.Source, ["told"] = Marker.Source, ["on"] = Marker.Of, ["per"] = Marker.Source,
        ["citing"] = Marker.Source, ["site"] = Marker.Source, ["outlet"] = Marker.Source,
        ["newspaper"] = Marker.Source, ["magazine"] = Marker.Source, ["publication"] = Marker.Source, ["reported"] = Marker.Source,
        ["podcast"] = Marker.Source, ["blog"] = Marker.Source, ["replacing"] = Marker.With, ["succeeding"] = Marker.With, ["than"] = Marker.With, ["like"] = Marker.With, ["as"] = Marker.With,
        ["including"] = Marker.Conj, ["and"] = Marker.Conj, ["or"] = Marker.Conj, ["&"] = Marker.Conj,
        ["من"] = Marker.From, ["عن"] = Marker.From, ["الى"] = Marker.To, ["الي"] = Marker.To, ["لصالح"] = Marker.To,
        ["في"] = Marker.At, ["فى"] = Marker.At, ["لدى"] = Marker.At, ["لدي"] = Marker.At, ["داخل"] = Marker.At,
        ["مع"] = Marker.With, ["ضد"] = Marker.With, ["بقياده"] = Marker.By, ["عبر"] = Marker.Source, ["بحسب"] = Marker.Source,
        ["حسب"] = Marker.Source, ["وفق"] = Marker.Source, ["وفقا"] = Marker.Source, ["نقلا"] = Marker.Source,
        ["منصه"] = Marker.Source, ["موقع"] = Marker.Source, ["صحيفه"] = Marker.Source, ["وكاله"] = Marker.Source,
        ["بودكاست"] = Marker.Source, ["مدونه"] = Marker.Source, ["تغريده"] = Marker.Source, ["مثل"] = Marker.With,
        ["و"] = Marker.Conj, ["او"] = Marker.Conj, ["بين"] = Marker.With, ["منافسه"] = Marker.With,
    });

    /// <summary>Titles: an organisation next to one is the holder's employer, not a destination.</summary>
    public static readonly HashSet<string> Roles = Set(
        "ceo", "chief", "executive", "president", "founder", "co-founder", "cofounder", "founders", "co-founders", "head",
        "director", "cto", "cfo", "coo", "cso", "chairman", "chairwoman", "chair", "officer", "vp", "leader", "member",
        "spokesperson", "spokesman", "spokeswoman", "scientist", "investor", "analyst", "boss", "manager", "veteran",
        "alum", "alumnus", "alumni", "graduate", "graduates", "خريجي", "خريج", "خريجة", "board", "counsel", "partner", "lead", "engineer", "researcher", "architect", "owner",
        "رئيس", "رييس", "رئيسه", "التنفيذي", "التنفيذيه", "تنفيذي", "مؤسس", "مؤسسي", "مؤسسيها", "مؤسسها", "المشارك", "شريك", "ناطق",
        "الشريك", "مدير", "مديره", "كبير", "كبيره", "العلماء", "مسؤول", "مسوول", "مسؤوله", "نائب", "متحدث", "متحدثه", "عضو",
        "السابق", "السابقه", "عالم", "قائد", "قياده", "المدير", "الرئيس", "رئيسها", "رئيسيها", "صاحب", "مالك");

    /// <summary>Employees: an organisation marked by one of these is whose staff is recruited or kept.</summary>
    public static readonly HashSet<string> Staff = Set(
        "engineers", "engineer", "researchers", "employees", "employee", "staff", "staffers", "talent", "team", "teams",
        "scientists", "workers", "members", "colleagues", "people", "executives", "leaders", "hires", "recruits", "workforce",
        "مهندسي", "مهندسين", "مهندسو", "مهندس", "مهندسة", "باحث", "باحثة", "موظفة", "موظفي", "موظفين", "موظفو", "موظف", "باحثي", "باحثين", "باحثو", "فريق",
        "فريقها", "فريقه", "مواهب", "العاملين", "العاملون", "علماء", "عمال", "اعضاء", "كوادر", "خبراء", "المهندسين",
        "الموظفين", "الباحثين", "المواهب", "مطوري", "مطورين", "مطورو", "المطورين", "developers", "العاملين", "فريقي", "فريقنا", "موظفينا", "مهندسيها", "باحثيها", "موظفيها");

    /// <summary>Generic head nouns and determiners that may stand between a marker and a name ("at rival startup X").</summary>
    public static readonly HashSet<string> Heads = Set(
        "the", "a", "an", "its", "his", "her", "their", "rival", "company", "startup", "start-up", "firm", "lab", "labs",
        "chatbot", "ai", "maker", "giant", "group", "unit", "carmaker", "search", "tech", "new", "own", "former",
        "fellow", "social", "media", "artificial", "intelligence", "research", "french", "chinese", "us", "u.s", "british",
        "شركه", "الناشئه", "مختبر", "مختبرات", "العملاقه", "نادي", "مجموعه", "شركتها", "شركته", "المنافسه", "الشركه");

    /// <summary>Relative pronouns: an organisation before one is what the following trigger is about ("xAI, which he founded").</summary>
    public static readonly HashSet<string> Relatives = Set(
        "which", "that", "who", "التي", "الذي", "اللتي", "الذين");

    public static readonly HashSet<string> Pronouns = Set(
        "he", "she", "they", "his", "her", "their", "him", "them");

    /// <summary>Words between a pronoun subject and its verb (he had left, she was also leaving).</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "had", "has", "have", "was", "is", "were", "are", "will", "would", "been", "be", "also", "then", "later", "now",
        "just", "already", "recently", "officially", "formally", "quietly", "is", "subsequently");

    public static readonly HashSet<string> Persuasion = Set(
        "persuade", "persuaded", "persuading", "convince", "convinced", "convincing", "urged", "urge", "اقناع", "لاقناع",
        "اقناعه", "لاقناعه", "اقناعهم", "لاقناعهم", "يقنع", "تقنع", "اقنع");

    /// <summary>Clause boundaries: arguments of a trigger rarely cross these.</summary>
    public static readonly HashSet<string> ClauseBreaks = Set(
        ";", "؛", "while", "whereas", "but", "although", "though", "meanwhile", "فيما", "بينما", "لكن", "لكنه", "لكنها", "حين");

    // Entries are written as a reader spells them; lookups use TextNormalizer forms (ة→ه, أ→ا, ئ→ي).
    private static HashSet<string> Set(params string[] words) =>
        new(words.Select(TextNormalizer.NormalizeName), StringComparer.Ordinal);

    private static Dictionary<string, Marker> Map(Dictionary<string, Marker> entries)
    {
        var map = new Dictionary<string, Marker>(StringComparer.Ordinal);
        foreach (var (word, marker) in entries)
        {
            map[TextNormalizer.NormalizeName(word)] = marker;
        }

        return map;
    }
}
