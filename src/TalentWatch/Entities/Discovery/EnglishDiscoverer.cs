using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Capitalisation-driven discovery for English text: candidates from <see cref="EnglishRuns"/>, grouped by name, kinds
/// from name shape (given name, organisation suffix, brand casing) and context clues, surnames and short forms folded
/// into the full name they follow.
/// </summary>
public static class EnglishDiscoverer
{
    public static List<EntityDraft> Discover(string title, string text, IReadOnlyList<EntityMention> known)
    {
        var candidates = EnglishRuns.Find(text, inTitle: false).Concat(EnglishRuns.Find(title, inTitle: true))
            .Where(c => !KnownFilter.Covers(known, c.Start, c.End - c.Start, c.InTitle, c.Key)).ToList();
        var groups = candidates.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var resolvedKind = new Dictionary<string, EntityKind>(StringComparer.Ordinal);

        foreach (var (key, mentions) in groups.Where(g => g.Value[0].Tokens.Count > 1).OrderByDescending(g => g.Value[0].Tokens.Count))
        {
            if (NameShape.SurnameOwner(mentions[0], drafts.Values) is not null)
            {
                continue; // "De Freitas" after "Daniel De Freitas": folded in below
            }
            var kind = MultiWordKind(mentions, groups);
            if (kind is null || (mentions.TrueForAll(m => m.InTitle) && kind != EntityKind.Person))
            {
                continue;
            }
            resolvedKind[key] = kind.Value;
            drafts[key] = Start(mentions, kind.Value, title, text);
        }

        ResolveByNeighbours(groups, drafts, resolvedKind, title, text);
        var lowercaseWords = new HashSet<string>(EnglishTokenizer.Tokenize(title + "\n" + text).Where(t => char.IsLower(t.Text[0])).Select(t => t.Key), StringComparer.Ordinal);
        var fullDrafts = drafts.Values.ToList();
        // Lists whose members are organisations: one is already resolved as one, or a single-word member carries an
        // organisation or action clue that the whole list shares ("as Snowflake, Oracle and ServiceNow compete").
        var orgLists = new HashSet<int>(candidates.Where(c => c.ListGroup >= 0 && (resolvedKind.GetValueOrDefault(c.Key) == EntityKind.Org
            || (c.Tokens.Count == 1 && !c.InTitle && c.ProductClues == 0 && c.OrgClues + c.ActClues > 0))).Select(c => c.ListGroup));
        foreach (var pass in new[] { 0, 1 })
        {
            foreach (var (key, mentions) in groups.Where(g => !drafts.ContainsKey(g.Key)))
            {
                if (NameShape.ShortFormOwner(mentions[0], fullDrafts) is { } owner
                    && (owner.Kind == EntityKind.Person || mentions.TrueForAll(m => m.InTitle || m.Start > owner.FirstBodyOffset)))
                {
                    if (pass == 0)
                    {
                        Fold(owner, mentions, title, text);
                    }
                    continue;
                }
                if (mentions[0].Tokens.Count > 1 || !SingleIsOrg(mentions, orgLists, pass, lowercaseWords))
                {
                    continue;
                }
                resolvedKind[key] = EntityKind.Org;
                drafts[key] = Start(mentions, EntityKind.Org, title, text);
                foreach (var m in mentions.Where(m => m.ListGroup >= 0))
                {
                    orgLists.Add(m.ListGroup);
                }
            }
            // Folded short forms are recorded as handled so the second pass does not emit them.
            foreach (var d in fullDrafts)
            {
                foreach (var alias in d.Aliases)
                {
                    drafts.TryAdd(NameKey.Of(alias), d);
                }
            }
        }
        return [.. drafts.Values.Distinct()];
    }

    /// <summary>
    /// Second chance for multi-word names without clues: a name coordinated with a resolved one shares its kind
    /// ("Demis Hassabis and Shane Legg"), and a name sharing a known person's surname is a relative ("Dario Amodei").
    /// </summary>
    private static void ResolveByNeighbours(Dictionary<string, List<Candidate>> groups, Dictionary<string, EntityDraft> drafts, Dictionary<string, EntityKind> resolvedKind, string title, string text)
    {
        var listKinds = new Dictionary<int, EntityKind>();
        foreach (var c in groups.Values.SelectMany(g => g).Where(c => c.ListGroup >= 0 && resolvedKind.ContainsKey(c.Key)))
        {
            listKinds.TryAdd(c.ListGroup, resolvedKind[c.Key]);
        }
        var surnames = new HashSet<string>(groups.Values.Where(g => resolvedKind.TryGetValue(g[0].Key, out var k) && k == EntityKind.Person && g[0].Tokens.Count > 1)
            .Select(g => NameShape.SurnameKey(g[0].Tokens)), StringComparer.Ordinal);
        foreach (var (key, mentions) in groups.Where(g => g.Value[0].Tokens.Count > 1 && !drafts.ContainsKey(g.Key)).ToList())
        {
            if (NameShape.SurnameOwner(mentions[0], drafts.Values) is not null || mentions.TrueForAll(m => m.InTitle)
                || mentions[0].Tokens.Count > 4 || mentions.Sum(m => m.ProductClues) > 0 || mentions[0].Tokens.All(t => t.IsAllCaps))
            {
                continue;
            }
            EntityKind? kind = surnames.Contains(NameShape.SurnameKey(mentions[0].Tokens)) ? EntityKind.Person : null;
            kind ??= mentions.Where(m => m.ListGroup >= 0 && listKinds.ContainsKey(m.ListGroup)).Select(m => (EntityKind?)listKinds[m.ListGroup]).FirstOrDefault();
            if (kind is { } k)
            {
                resolvedKind[key] = k;
                drafts[key] = Start(mentions, k, title, text);
            }
        }
    }

    private static EntityKind? MultiWordKind(List<Candidate> mentions, Dictionary<string, List<Candidate>> groups)
    {
        var first = mentions[0].Tokens;
        var product = mentions.Sum(m => m.ProductClues);
        if ((product > 0 && product >= mentions.Sum(m => m.OrgClues)) || first.Count > 5)
        {
            return null;
        }
        if (Lexicon.OrgSuffixes.Contains(first[^1].Key) || Lexicon.OrgHeads.Contains(first[0].Key))
        {
            return EntityKind.Org;
        }
        if (first.All(t => t.IsAllCaps))
        {
            return null; // an acronym phrase or a shouted heading, not a name we can type
        }
        var surnameUsed = groups.ContainsKey(NameShape.SurnameKey(first)) ? 1 : 0;
        var person = mentions.Sum(m => m.PersonClues) + surnameUsed;
        var org = mentions.Sum(m => m.OrgClues);
        if (Lexicon.IsGivenName(first[0].Key) && !first.Any(t => t.IsCamel))
        {
            // "analysts at Morgan Stanley": a firm named after people; only context tells it from a person.
            return org > person ? EntityKind.Org : EntityKind.Person;
        }
        if (first.Any(t => t.IsCamel))
        {
            return EntityKind.Org;
        }
        if (first.Any(t => Lexicon.Places.Contains(t.Key)) && mentions.Sum(m => m.PersonClues) == 0)
        {
            return EntityKind.Org; // "Bayern Munich", "Manchester City", "Boston Scientific": a place inside a name makes it an institution
        }
        return person > org ? EntityKind.Person : org > person ? EntityKind.Org : null;
    }

    private static bool SingleIsOrg(List<Candidate> mentions, HashSet<int> orgLists, int pass, HashSet<string> lowercaseWords)
    {
        if (mentions.Sum(m => m.ProductClues) > 0 || mentions.TrueForAll(m => m.InTitle))
        {
            return false;
        }
        var pattern = mentions.Sum(m => m.OrgClues);
        var acts = mentions.Sum(m => m.ActClues);
        var listed = pass == 1 && mentions.Exists(m => m.ListGroup >= 0 && orgLists.Contains(m.ListGroup));
        var midSentence = mentions.Count(m => !m.InTitle && !m.SentenceStart);
        // A brand-cased word ("OpenAI", "DeepMind") named twice mid-sentence is a company unless something marked it a product.
        var brand = mentions[0].Tokens[0].IsCamel && midSentence >= 2;
        // A capitalised word at a sentence start proves nothing; it needs a second mention or an organisation pattern.
        // Only at sentence starts, it may still act ("Nvidia has hired") if named twice and never written in lower case
        // ("Analysts said" is not a company: the article also says "analysts").
        var repeatedStarter = mentions.Count >= 2 && acts > 0 && !lowercaseWords.Contains(mentions[0].Key);
        return pattern > 0 || brand || (midSentence > 0 && (acts > 0 || listed)) || (midSentence == 0 && repeatedStarter);
    }

    private static EntityDraft Start(List<Candidate> mentions, EntityKind kind, string title, string text)
    {
        var draft = new EntityDraft(mentions.OrderBy(m => m.InTitle).First().Surface, kind);
        foreach (var m in mentions)
        {
            draft.AddAlias(m.Surface);
            draft.AddMention(m.Start, m.InTitle, SentenceText.Around(m.InTitle ? title : text, m.Start));
        }
        return draft;
    }

    /// <summary>Surname-only (or short-form) mentions count toward the full name when they come after it, or in the title.</summary>
    private static void Fold(EntityDraft owner, List<Candidate> mentions, string title, string text)
    {
        foreach (var m in mentions)
        {
            owner.AddAlias(m.Surface);
            if (m.InTitle || (owner.FirstBodyOffset >= 0 && m.Start > owner.FirstBodyOffset))
            {
                owner.AddMention(m.Start, m.InTitle, SentenceText.Around(m.InTitle ? title : text, m.Start));
            }
        }
    }
}
