using System.Text.RegularExpressions;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Reads the words around each candidate for what it is: "CEO X", "X, who", "X said" point to a person; "at X",
/// "joined X", "startup X", "X's shares" to an organisation; "chatbot X", "X assistant", "the X maker" to a product.
/// </summary>
public static partial class EnglishClues
{
    private static readonly HashSet<string> PersonBefore = Set(
        "ceo", "executive", "analyst", "founder", "co founder", "cofounder", "investor", "billionaire", "scientist", "researcher",
        "engineer", "president", "chairman", "chairwoman", "director", "coach", "striker", "midfielder", "defender", "goalkeeper",
        "player", "manager", "minister", "actor", "singer", "author", "economist", "professor", "spokesperson", "spokesman",
        "spokeswoman", "counsel", "entrepreneur", "mr", "ms", "mrs", "dr", "sir", "colleague", "brother", "sister", "wife",
        "husband", "son", "daughter", "father", "mother", "veteran", "lawyer", "attorney", "officer", "boss", "star", "forward",
        "winger", "captain", "chief", "head", "leader", "cto", "cfo", "coo", "journalist", "reporter", "editor", "designer",
        "pioneer", "godfather", "student", "advisor", "adviser", "partner");

    private static readonly HashSet<string> OrgBefore = Set(
        "at", "joined", "join", "joins", "joining", "rejoin", "rejoins", "rejoined", "startup", "start up", "firm", "company",
        "companies", "group", "rival", "rivals", "lab", "laboratory", "maker", "giant", "chain", "club", "carmaker", "automaker",
        "retailer", "insurer", "lender", "conglomerate", "subsidiary", "acquired", "acquire", "acquiring", "bought",
        "buy", "buying", "invested", "backer", "backed", "from", "left", "leave", "leaves", "leaving", "quit", "quits",
        "founded", "co founded", "cofounded", "outlet", "newspaper", "broadcaster", "agency", "regulator",
        "developer", "manufacturer", "supplier", "operator", "brand", "airline", "bank", "fund", "investors", "team", "side",
        "managed", "coached", "captained", "sign", "signed", "beat", "against");

    // Only for a single word: "including Microsoft, Apple and Nvidia", "backed by Amazon". People in such places are
    // introduced with a full name, and a lone surname of someone already named has been folded in before.
    private static readonly HashSet<string> SingleOrgBefore = Set(
        "include", "includes", "including", "rivals", "partner", "partners", "run", "runs", "running", "lead", "leads", "leading",
        "head", "heads", "heading", "chair", "chairs", "chairing");

    // "former Chelsea defender", "Real Madrid forward", "Arsenal fans": a team's member or following.
    private static readonly HashSet<string> SingleOrgAfter = Set(
        "defender", "striker", "midfielder", "goalkeeper", "forward", "winger", "player", "players", "coach", "manager",
        "captain", "fans", "supporters", "boss", "chairman", "owner", "shareholders", "stock", "subsidiary", "engineers",
        "researcher", "engineer", "employee", "executive", "scientist", "veteran", "alum", "alumnus", "staffer", "investor",
        "analyst", "analysts", "economist", "strategist");

    private static readonly HashSet<string> ByOrg = Set("backed", "owned", "acquired", "bought", "funded", "controlled", "financed", "sponsored", "led");

    private static readonly HashSet<string> OrgAfterPossessive = Set(
        "shares", "stock", "board", "ceo", "chief", "founder", "co founder", "cofounder", "investors", "employees", "staff",
        "revenue", "sales", "headquarters", "chairman", "president", "subsidiary", "parent", "executives", "workforce",
        "valuation", "stake", "market", "customers", "stores", "products", "researchers", "engineers", "lab", "unit", "division",
        "agreement", "deal", "acquisition", "investment", "partnership", "chatbot", "models", "earnings", "profit", "spokesperson",
        "arrangement", "offer", "bid", "takeover", "rival", "rivals", "competitor", "competitors", "headcount", "layoffs");

    // "Databricks CEO Ali Ghodsi", "Salesforce Chief Executive Marc Benioff", "Tesla shares": what a company has.
    private static readonly HashSet<string> OrgAfter = Set(
        "shares", "stock", "inc", "corp", "ltd", "llc", "plc", "spokesperson", "spokesman", "spokeswoman", "employees",
        "researchers", "engineers", "executives", "ceo", "cto", "cfo", "coo", "chief", "co founder", "cofounder", "board");

    private static readonly HashSet<string> ActsAfter = Set(
        "said", "says", "announced", "announces", "hired", "hires", "acquired", "acquires", "bought", "buys", "invested",
        "invests", "owns", "launched", "launches", "released", "releases", "reported", "reports", "fired", "named", "names",
        "plans", "agreed", "confirmed", "declined", "raised", "raises", "poached", "poaches", "recruited", "recruits", "offered",
        "offers", "paid", "pays", "sued", "appointed", "appoints", "built", "builds", "hire", "compete", "competes", "acquire", "buy", "invest", "sell", "sold");

    private static readonly HashSet<string> ProductBefore = Set(
        "chatbot", "model", "models", "assistant", "app", "browser", "engine", "software", "program", "robot", "phone", "device",
        "tool", "feature", "product", "service", "console", "game", "film", "show", "book", "podcast", "rocket", "vehicle",
        "car", "truck", "drone", "chip", "processor", "glasses", "headset");

    private static readonly HashSet<string> ProductAfter = Set(
        "assistant", "chatbot", "chatbots", "model", "models", "app", "apps", "browser", "search", "software", "generator",
        "robot", "architecture", "driver assistance", "image", "headset", "glasses", "console", "smartphone", "rocket");

    private static readonly HashSet<string> PeopleNouns = Set(
        "researchers", "engineers", "employees", "executives", "founders", "scientists", "people", "players", "staff", "members",
        "leaders", "officials", "lawmakers", "investors", "partners", "colleagues", "figures", "stars", "managers", "directors");

    private static readonly HashSet<string> SpeechVerbs = Set("said", "says", "told", "wrote", "writes", "added", "tweeted", "posted", "recalled", "argued");

    private static readonly HashSet<string> PersonPronounsAfter = Set("who", "whose", "himself", "herself");

    [GeneratedRegex(@"^,\s*(?:\d{2},|who\b|whose\b|(?:previously|formerly|most\s+recently|until\s+recently)\b|from\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:team|lab|group|division)\s+(?:at|of)\b|(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:president|officer|co-?founder|founder|researcher|scientist|engineer|director|executive|analyst|professor|member|partner|investor|billionaire|entrepreneur|veteran|economist|lawyer|coach|player|striker|manager|recruiter|headhunter|consultant|adviser|advisor|attorney|banker|lecturer|student|designer)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonApposition();

    [GeneratedRegex(@"^(?:'s?|’s?)?\s*(?:said|says)\s+in\s+a\s+(?:statement|blog\s+post|filing|release)|^,\s*(?:which|backed|owned|founded|based|headquartered|valued|led\s+by)\b|^,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|group|maker|lab|provider|developer|subsidiary|club|bank|fund|chain|retailer|manufacturer|operator|platform|conglomerate|carmaker|automaker|insurer|lender)\b(?!['’]|\s+(?:said|says|added|told|noted|wrote|reported|announced|confirmed|declined))", RegexOptions.IgnoreCase)]
    private static partial Regex OrgFollower();

    public static void Annotate(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var indexByStart = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            indexByStart[tokens[i].Start] = i;
        }
        foreach (var c in candidates)
        {
            var first = indexByStart[c.Start];
            var last = indexByStart[c.Tokens[^1].Start];
            var prev = first > 0 && tokens[first - 1].Sentence == c.Sentence ? tokens[first - 1] : null;
            var prev2 = first > 1 && tokens[first - 2].Sentence == c.Sentence ? tokens[first - 2] : null;
            var next = last + 1 < tokens.Count && tokens[last + 1].Sentence == c.Sentence ? tokens[last + 1] : null;
            var after = text[c.End..Math.Min(text.Length, c.End + 60)];
            var gapAfter = next is null ? after : text[c.End..next.Start];

            if (prev is not null && PersonBefore.Contains(prev.Key))
            {
                c.PersonClues++;
            }
            // "have joined: Zora Kimani, from …" opens a list; the verb's object is no name after the colon.
            var colonBefore = prev is not null && text[prev.End..c.Start].Contains(':', StringComparison.Ordinal);
            if (prev is not null && !colonBefore && (OrgBefore.Contains(prev.Key) || (prev.Key == "as" && prev2?.Key == "such")))
            {
                c.OrgClues++;
            }
            if (prev is not null && c.Tokens.Count == 1 && (SingleOrgBefore.Contains(prev.Key) || (prev.Key == "by" && prev2 is not null && ByOrg.Contains(prev2.Key))))
            {
                c.OrgClues++;
            }
            if (prev is not null && ProductBefore.Contains(prev.Key) && !prev.IsCapitalised)
            {
                c.ProductClues++;
            }
            // "researchers including Ashish Vaswani and Niki Parmar": people named as members of a group of people.
            if (c.Tokens.Count > 1 && prev is not null && prev2 is not null && (prev.Key is "including" or "like" || (prev.Key == "as" && prev2.Key == "such"))
                && PeopleNouns.Contains(prev.Key == "as" ? (first > 2 ? tokens[first - 3].Key : string.Empty) : prev2.Key))
            {
                c.PersonClues++;
            }
            if (PersonApposition().IsMatch(after))
            {
                c.PersonClues++;
            }
            var orgFollower = OrgFollower().IsMatch(after);
            if (orgFollower)
            {
                c.OrgClues++;
            }
            if (next is null)
            {
                continue;
            }
            var plainGap = string.IsNullOrWhiteSpace(gapAfter);
            if (c.Tokens[^1].Possessive && OrgAfterPossessive.Contains(next.Key))
            {
                c.OrgClues++;
            }
            else if (plainGap && (OrgAfter.Contains(next.Key) || SingleOrgAfter.Contains(next.Key)))
            {
                c.OrgClues++;
            }
            var next2 = last + 2 < tokens.Count && tokens[last + 2].Sentence == c.Sentence ? tokens[last + 2] : null;
            if (plainGap && !c.Tokens[^1].Possessive && (ActsAfter.Contains(next.Key)
                || (next.Key is "has" or "had" or "have" or "will" or "would" && next2 is not null && ActsAfter.Contains(next2.Key))))
            {
                c.ActClues++; // "Microsoft said", "Databricks has hired"
            }
            // "Mellody Hobson said": a full name that speaks is a person (a company "said in a statement" was caught above).
            if (plainGap && c.Tokens.Count > 1 && !orgFollower && c.OrgClues == 0 && SpeechVerbs.Contains(next.Key))
            {
                c.PersonClues++;
            }
            if (plainGap && PersonPronounsAfter.Contains(next.Key))
            {
                c.PersonClues++;
            }
            if (plainGap && !c.Tokens[^1].Possessive && (ProductAfter.Contains(next.Key) || (next.Key == "maker" && prev?.Key == "the")))
            {
                c.ProductClues++;
            }
        }
        MarkLists(text, candidates);
    }

    /// <summary>Numbers coordinated lists ("Microsoft, Apple and Nvidia"): members usually share a kind.</summary>
    private static void MarkLists(string text, List<Candidate> candidates)
    {
        var group = 0;
        for (var i = 1; i < candidates.Count; i++)
        {
            var a = candidates[i - 1];
            var b = candidates[i];
            if (a.Sentence != b.Sentence || a.End > b.Start)
            {
                continue;
            }
            var gap = text[a.End..b.Start].Trim();
            if (gap is "," or "and" or ", and" or "or" or ", or" or "&")
            {
                if (a.ListGroup < 0)
                {
                    a.ListGroup = ++group;
                }
                b.ListGroup = a.ListGroup;
            }
        }
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
