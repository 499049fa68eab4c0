using System.Collections.Frozen;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>Joins, departures and foundings told of a person: the subject moves; the object company is the destination, origin or creation.</summary>
internal static class PersonFrame
{
    // Words after "started"/"launched" that make it a non-founding use: started working at X, launched in.
    private static readonly FrozenSet<string> NotFounding = MoveWords.Both("frames", "not-founding");

    // A definite generic head after the trigger refers back to a company already named (left the company, الشركة الجديدة).
    private static readonly FrozenSet<string> GenericCompany = MoveWords.Both("frames", "generic-company");

    // A join may also name the team it joins ("joined the team", التحق بالفريق): the company's.
    private static readonly FrozenSet<string> GenericTeam = MoveWords.Both("frames", "generic-team");

    private static readonly FrozenSet<string> ObjectDeterminers = MoveWords.Both("frames", "object-determiner");

    private static readonly FrozenSet<string> Sequencers = MoveWords.Both("grammar", "sequencer");

    private static readonly FrozenSet<string> Subordinators = MoveWords.Both("grammar", "subordinator");

    private static readonly FrozenSet<string> PersonRelatives = MoveWords.Both("grammar", "person-relative");

    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality, DiscourseState discourse)
    {
        // A person who is not going anywhere for now: plans, talks and attempts are not moves.
        if (modality is not Modality.Asserted)
        {
            return [];
        }

        if (CompanySubject(s, hit, args) || ArabicCompanySubject(s, hit))
        {
            return [];
        }

        var (persons, viaPronoun) = Subject(s, hit, args, discourse);
        var confidence = hit.Trigger.Strength * (viaPronoun ? 0.8 : 1.0);
        return hit.Trigger.Type switch
        {
            MoveType.Join => Join(s, hit, args, persons, confidence, discourse, viaPronoun),
            MoveType.Leave => Leave(s, hit, args, persons, confidence, discourse),
            MoveType.Found => Found(s, hit, args, persons, confidence, discourse),
            _ => [],
        };
    }

    private static List<MoveCandidate> Join(SentenceContext s, TriggerHit hit, ArgumentFinder args, List<string> persons, double confidence, DiscourseState discourse, bool viaPronoun)
    {
        // A company named after another person belongs to that person's phrase: in "Roe, who joins from Amazon, and
        // Doe, a former Google researcher", Google is not where Roe goes.
        var otherPerson = args.After(person: true).FirstOrDefault(m => !persons.Contains(m.Slug) && m.Marker is Marker.None or Marker.Conj)?.First ?? int.MaxValue;
        var after = args.After(person: false, args.ObjectEnd).Where(m => m.First < otherPerson).ToList();
        var next = args.WordAfter();
        string? to;
        // "joined it", انضم إليها: a pronoun object may be a company; "to join him", "joined Sam Altman at an event":
        // joining a person is no move to a company. (In Arabic the name after the verb is its subject: انضم سامي إلى ...)
        if (next == "الينا")
        {
            to = discourse.SpeakerOrg(s, hit); // "انضم إلينا": joined us, the company of the person speaking
            if (to is null)
            {
                return [];
            }
        }
        else if (next is "it" or "them" or "اليها" or "لها" or "اليه")
        {
            to = PronounDestination(s, hit, next, persons, discourse);
            if (to is null && next is not ("اليها" or "لها"))
            {
                return [];
            }
        }
        else if (next is "اليهم" or "him" or "us" or "me"
            || (!s.Language.VerbFirst && s.Mentions.Exists(m => m.IsPerson && m.First == hit.End && m.Marker is Marker.None)))
        {
            return [];
        }
        else
        {
            // "انتقل سامي، الباحث في شركة أ، إلى شركة ب": an explicit "to" beats the "at" of a title in apposition.
            to = (after.FirstOrDefault(m => m.Marker is Marker.To or Marker.None)
                ?? after.FirstOrDefault(m => m.Marker is Marker.At or Marker.For or Marker.Staff))?.Slug;
        }

        if (to is null && AppositiveRelative(s, args.ObjectEnd))
        {
            // "انتقل كي يانغ، الذي كان يقود فريق كذا، إلى ميتا": the destination right after a relative clause in apposition.
            to = args.After(person: false).FirstOrDefault(m => m.First >= args.ObjectEnd && m.Marker is Marker.To
                && m.First >= 2 && s.Tokens[m.First - 2].Norm is "," or "،" && !s.Triggers.Exists(t => t.Start >= hit.End && t.Start < m.First))?.Slug;
        }

        if (to is null && GenericObject(s, hit))
        {
            // "who joined the company from Nvidia": the company the sentence is about, else the one the article is
            // about, else the one last named.
            to = s.Mentions.FirstOrDefault(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None)?.Slug ?? discourse.TopicOrg ?? discourse.LastOrg;
        }

        if (to is null && GenericObject(s, hit, GenericTeam))
        {
            // "joined the team", التحق بالفريق: the team of the company the article is about.
            to = s.Mentions.FirstOrDefault(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None)?.Slug ?? discourse.TopicOrg ?? discourse.LastOrg;
        }

        if (to is null && discourse.RecentJoinTo is { } recent && (next is "as" or "too" or "" || hit.End >= args.Clause.End - 1))
        {
            // "Jane Roe ... is joining as chief scientist": the destination named just before.
            to = recent;
            confidence *= 0.7;
        }

        if (to is null)
        {
            return [];
        }

        // "انضم إلى الفريق أكثر من 20 باحثًا من A وB", "20 researchers from A joined B": staff of named companies, a raid.
        if (persons.Count == 0 || viaPronoun)
        {
            var raided = StaffMovers(s, hit, args).Where(f => f != to).ToList();
            if (raided.Count > 0)
            {
                return raided.Select(f => new MoveCandidate(MoveType.Poach, null, f, to, confidence * 0.9, hit)).ToList();
            }
        }

        var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From && m.Slug != to)?.Slug;
        var moves = persons.Select(p => new MoveCandidate(MoveType.Join, p, from, to, confidence, hit)).ToList();

        // "Roe, Doe and some members of its team will join Acme": staff go too, a raid.
        if (StaffInSubject(s, hit, args)
            && args.InClause(person: false).FirstOrDefault(m => m.Last < hit.Start && m.Slug != to && m.Marker is not (Marker.Source or Marker.To or Marker.For or Marker.With)) is { } source)
        {
            moves.Add(new MoveCandidate(MoveType.Poach, null, source.Slug, to, confidence * 0.9, hit));
        }

        return moves;
    }

    /// <summary>
    /// The company a pronoun object of a join refers to. "it": the clause's subject company, else the subject company of
    /// the previous sentence. Companies are feminine in Arabic (إليها) but so are women, and إليه (an institute, a lab)
    /// and "them" may as well be people: across sentences, a company only when the previous sentence named no person;
    /// إليه and "them" also need no person but the mover named before the verb.
    /// </summary>
    private static string? PronounDestination(SentenceContext s, TriggerHit hit, string pronoun, List<string> movers, DiscourseState discourse)
    {
        var personBefore = s.Mentions.Exists(m => m.IsPerson && m.Last < hit.Start && !movers.Contains(m.Slug));
        var subject = s.Mentions.Where(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None).Select(m => m.Slug).LastOrDefault();
        return pronoun switch
        {
            "it" => subject ?? discourse.PreviousSubjectOrg,
            "اليها" or "لها" => subject ?? discourse.PreviousCompanyTopic, // إليها may be a woman named in the previous sentence
            _ when personBefore => null,
            "اليه" => subject ?? discourse.PreviousCompanyTopic,
            _ => discourse.PreviousCompanyTopic, // "them": a company as a plural only across a sentence ("to join them" in one sentence is people)
        };
    }

    // The companies of a staff noun that is the mover: after an Arabic verb (انضم ... باحثون من A وB), before an
    // English one (researchers from A and B joined); the companies are marked "from".
    private static List<string> StaffMovers(SentenceContext s, TriggerHit hit, ArgumentFinder args)
    {
        var (start, end) = s.Language.VerbFirst ? (hit.End, args.ObjectEnd) : (args.Clause.Start, hit.Start);
        for (var i = start; i < end; i++)
        {
            if (!ArabicMorph.InSet(MoveWords.Staff, s.Tokens[i].Norm) || s.Mentions.Exists(m => m.First <= i && i <= m.Last))
            {
                continue;
            }

            return s.Mentions.Where(m => m.IsOrg && m.First > i && m.Last < end && m.Marker is Marker.From).Select(m => m.Slug).Distinct().ToList();
        }

        return [];
    }

    // A staff noun conjoined to the subject ("and some members of its team", "وعدد من موظفيها") shortly before the trigger.
    private static bool StaffInSubject(SentenceContext s, TriggerHit hit, ArgumentFinder args) =>
        s.ConjoinedStaff(Math.Max(args.Clause.Start, hit.Start - 8), hit.Start);

    private static List<MoveCandidate> Leave(SentenceContext s, TriggerHit hit, ArgumentFinder args, List<string> persons, double confidence, DiscourseState discourse)
    {
        // "left a lasting mark on Apple", ترك أثرًا في أبل: another object stands between the verb and the company.
        if (ForeignObject(s, hit, args))
        {
            return [];
        }

        var after = args.After(person: false, args.ObjectEnd).ToList();
        var from = after.FirstOrDefault(m => m.Marker is Marker.None or Marker.From or Marker.At or Marker.Of or Marker.RoleOf)?.Slug
            ?? args.InClause(person: false).FirstOrDefault(m => m.Last < hit.Start && m.Marker is not (Marker.To or Marker.For or Marker.Source or Marker.Possessor or Marker.With or Marker.By or Marker.Staff))?.Slug;
        if (from is null && GenericObject(s, hit))
        {
            from = discourse.LastOrg; // "left the company", غادر الشركة
        }

        if (from is null && discourse.RecentLeaveFrom is { } recent)
        {
            from = recent; // a series of departures: "were also leaving"
            confidence *= 0.7;
        }

        // "left X for Z", "غادر X إلى Z": the departure is a join of Z.
        var destination = after.FirstOrDefault(m => m.Marker is Marker.For or Marker.To && m.Slug != from)?.Slug;
        var moves = new List<MoveCandidate>();
        foreach (var p in persons)
        {
            if (from is not null)
            {
                moves.Add(new MoveCandidate(MoveType.Leave, p, from, null, confidence, hit));
            }

            if (destination is not null)
            {
                moves.Add(new MoveCandidate(MoveType.Join, p, from, destination, confidence * 0.9, hit));
            }
        }

        return moves;
    }

    // Words that may stand between a departure verb and the company it leaves: determiners, clitic-free
    // prepositions, position nouns (his post at, منصبها في), adverbs of manner and time.
    private static readonly FrozenSet<string> ObjectFillers = MoveWords.Both("frames", "object-filler");

    private static bool ForeignObject(SentenceContext s, TriggerHit hit, ArgumentFinder args)
    {
        var end = Math.Min(args.ObjectEnd, hit.End + 4);
        for (var i = hit.End; i < end; i++)
        {
            var token = s.Tokens[i];
            if (s.Language.VerbFirst && s.Mentions.Find(m => m.IsPerson && m.First == i) is { } subject)
            {
                // Verb-first Arabic: the mover's name comes between the verb and its object.
                end = Math.Min(args.ObjectEnd, subject.Last + 5);
                i = subject.Last;
                continue;
            }

            if (!token.IsWord || s.Mentions.Exists(m => m.First <= i && i <= m.Last))
            {
                // Punctuation or a name: the object region is over, or the name is the object.
                return false;
            }

            if (token.Norm is "a" or "an")
            {
                return true; // an indefinite object: "left a mark"
            }

            if (MoveWords.Prepositions.ContainsKey(token.Norm) || ArabicMorph.InSet(MoveWords.Heads, token.Norm)
                || ArabicMorph.InSet(ObjectFillers, token.Norm) || ArabicMorph.InSet(MoveWords.Roles, token.Norm))
            {
                if (MoveWords.Prepositions.ContainsKey(token.Norm))
                {
                    return false; // "left for", "stepped down from", "رحيله عن": a prepositional object
                }

                continue;
            }

            // An Arabic indefinite accusative (أثرًا، بصمةً) is another object; other words end the search.
            return s.Language.IsIndefiniteAccusative(token.Norm);
        }

        return false;
    }

    // Subject first (English), a verb of leaving right after a company has it as subject ("Google left its forecast
    // unchanged"): no departure. The verbal nouns (the departure of X) name their mover elsewhere.
    private static bool CompanySubject(SentenceContext s, TriggerHit hit, ArgumentFinder args) =>
        !s.Language.VerbFirst && hit.Trigger.Type == MoveType.Leave && !VerbalNouns.Contains(s.Tokens[hit.Start].Norm)
        && args.Before(person: true).FirstOrDefault() is null
        && args.Before(person: false).FirstOrDefault() is { Marker: Marker.None } org && hit.Start - org.Last <= 2;

    // "وتنضم بيريوديك لابز إلى قائمة ...": a company right after an Arabic verb of joining, with no preposition, is the
    // verb's subject; a company joining a list or an alliance is no talent move.
    private static bool ArabicCompanySubject(SentenceContext s, TriggerHit hit) =>
        s.Language.VerbFirst && hit.Trigger.Type == MoveType.Join && !hit.Trigger.Has(TriggerFlags.Noun)
        && s.Mentions.Exists(m => m.IsOrg && m.First == hit.End && m.Marker is Marker.None && m.Prefix.Length == 0);

    private static readonly FrozenSet<string> VerbalNouns = MoveWords.Both("frames", "leave-noun");

    private static List<MoveCandidate> Found(SentenceContext s, TriggerHit hit, ArgumentFinder args, List<string> persons, double confidence, DiscourseState discourse)
    {
        var direct = hit.Trigger.Has(TriggerFlags.NeedsDirectOrg);
        if (direct && NotFounding.Contains(args.WordAfter()))
        {
            return [];
        }

        // The object is the first company after the trigger; a later one belongs to another phrase.
        var first = args.After(person: false, args.ObjectEnd).FirstOrDefault();
        var company = first is not null && first.Marker is Marker.None or Marker.To or Marker.Conj && (!direct || first.First < hit.End + 6)
            ? first.Slug
            : null;
        company ??= direct ? null : Antecedent(s, hit);
        if (company is null && !direct && PassiveSubject(s, hit) is { } founded)
        {
            // "Acme was founded earlier this year by Roe, ..., and Doe": the subject is the company, the founders follow "by".
            company = founded;
            persons = args.After(person: true).Where(m => m.Marker is Marker.By).Take(1).SelectMany(args.Coordinated).Select(m => m.Slug).Distinct().ToList();
        }
        if (company is null && GenericObject(s, hit))
        {
            company = discourse.RecentFoundTo; // "تأسيس الشركة الجديدة": the company just announced
        }

        if (company is null && !direct && s.GenericSubject(hit))
        {
            company = discourse.TopicOrg; // "The company was co-founded in 2024 by ..."
        }

        if (company is null && hit.PronounSuffix && !direct && !s.AnyWordIn(MoveWords.Relatives, hit.Start - 3, hit.Start)
            && args.After(person: true).Any())
        {
            // "خرجت شركة X ... بعد أن أسسها فلان": the attached pronoun is the sentence's subject company.
            company = s.Mentions.FirstOrDefault(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None)?.Slug;
        }

        if (company is null)
        {
            return [];
        }

        // "founded X in 2010 with Y", أسست ... مع Y: companions right after the founding are co-founders; "founded X
        // before falling out with Y" is another event.
        var partners = args.InClause(person: true).Where(m => m.Marker is Marker.With && m.First > hit.Start && m.First - hit.End <= 8
                && !s.AnyWordIn(Subordinators, hit.End, m.First) && !s.AnyWordIn(Sequencers, hit.End, m.First))
            .Select(m => m.Slug);
        if (PassiveFounding(s, hit))
        {
            // "تأسست الشركة برئاسة فلان" (chaired by): only على يد / من قبل / بقيادة introduce the founders of a passive.
            persons = persons.Where(p => s.Mentions.Exists(m => m.Slug == p && m.IsPerson && (m.Marker is Marker.By || AgentBefore(s, m.First)))).ToList();
        }

        var founders = persons.Concat(Listed(s, hit, args)).Concat(partners).Distinct().ToList();
        var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From or Marker.At && m.Slug != company)?.Slug;
        return founders.Select(p => new MoveCandidate(MoveType.Found, p, from, company, confidence, hit)).ToList();
    }

    private static readonly FrozenSet<string> PassiveFoundingVerbs = MoveWords.Both("frames", "passive-founding");

    private static readonly FrozenSet<string> PassiveAgents = MoveWords.Both("frames", "passive-agent");

    private static bool PassiveFounding(SentenceContext s, TriggerHit hit) =>
        s.Language.PassiveInVowels && ArabicMorph.InSet(PassiveFoundingVerbs, s.Tokens[hit.Start].Norm);

    // على يد فلان، من قبل فلان، بواسطة فلان: the agent of an Arabic passive.
    private static bool AgentBefore(SentenceContext s, int first) =>
        first >= 1 && PassiveAgents.Contains(s.Tokens[first - 1].Norm);

    // "xAI, which Musk founded", التي أسسها: the company before the relative pronoun (or, after a generic head such as
    // "the startup", the company last named); "Anthropic, founded in 2021 by ...": the company in apposition.
    private static readonly FrozenSet<string> PassiveAuxiliaries = MoveWords.Both("frames", "founded-auxiliary");

    // "Acme was (originally) founded": the company right before a passive auxiliary (where the passive has one).
    private static string? PassiveSubject(SentenceContext s, TriggerHit hit)
    {
        if (s.Language.PassiveInVowels)
        {
            return null;
        }

        var i = hit.Start - 1;
        var passive = false;
        while (i >= 0 && (PassiveAuxiliaries.Contains(s.Tokens[i].Norm) || MoveWords.Auxiliaries.Contains(s.Tokens[i].Norm) || s.Tokens[i].Norm is "originally" or "jointly"))
        {
            passive |= PassiveAuxiliaries.Contains(s.Tokens[i].Norm);
            i--;
        }

        return passive && s.Mentions.FirstOrDefault(m => m.Last == i && m.IsOrg && m.Marker is Marker.None) is { } company ? company.Slug : null;
    }

    private static string? Antecedent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.Start - 1; i >= Math.Max(0, hit.Start - 3); i--)
        {
            if (!MoveWords.Relatives.Contains(s.Tokens[i].Norm))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && s.Tokens[j].Norm is "," or "،" or ")" or "»")
            {
                j--;
            }

            if (s.Mentions.FirstOrDefault(m => m.Last == j) is { } antecedent)
            {
                return antecedent.IsOrg ? antecedent.Slug : null;
            }

            if (j >= 0 && (MoveWords.Heads.Contains(s.Tokens[j].Norm) || GenericCompany.Contains(s.Tokens[j].Norm)))
            {
                return s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < j && m.Marker is not Marker.Source)?.Slug;
            }

            return null;
        }

        var apposition = s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < hit.Start);
        return apposition is not null && hit.Start - apposition.Last <= 2 && s.Tokens[apposition.Last + 1].Norm is "," or "،"
            ? apposition.Slug
            : null;
    }

    // "كل من X و Y" (each of X and Y) after a founding lists the co-founders.
    private static IEnumerable<string> Listed(SentenceContext s, TriggerHit hit, ArgumentFinder args)
    {
        for (var i = hit.End; i + 1 < args.Clause.End; i++)
        {
            if (s.Tokens[i].Norm == "كل" && s.Tokens[i + 1].Norm == "من")
            {
                return s.Mentions.Where(m => m.IsPerson && m.First > i && m.Last < args.Clause.End && m.Marker is not (Marker.With or Marker.Source or Marker.By))
                    .Select(m => m.Slug);
            }
        }

        return [];
    }

    private static bool GenericObject(SentenceContext s, TriggerHit hit, FrozenSet<string>? heads = null)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 3); i++)
        {
            var word = s.Tokens[i].Norm;
            if (ArabicMorph.InSet(heads ?? GenericCompany, word))
            {
                return true;
            }

            if (!ObjectDeterminers.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // The mover: nearest person not introduced by a preposition (with Altman), with coordinated names; else the
    // referent of a pronoun or of an Arabic verb's implied subject.
    private static (List<string> Persons, bool ViaPronoun) Subject(SentenceContext s, TriggerHit hit, ArgumentFinder args, DiscourseState discourse)
    {
        // Of: "the departure of Tom Becker" names the mover after a verbal noun.
        static bool Free(MentionSpan m) => m.Marker is Marker.None or Marker.Conj or Marker.By or Marker.RoleOf or Marker.Staff or Marker.Of;

        // "Tom Becker, who joined ...", الذي انضم: the antecedent of the relative pronoun, whatever its own role.
        if (RelativeAntecedent(s, hit) is { } antecedent)
        {
            return ([antecedent.Slug], false);
        }

        var before = args.Before(person: true).Where(Free).ToList();
        // "سيتقاعد، وأنها عيّنت فلانًا": a name after another trigger is that trigger's argument; "بعد مغادرته أبل، أسس
        // فلان": a verbal noun with a pronoun ("his leaving") refers ahead to the main clause's subject.
        var after = args.After(person: true).Where(Free)
            .Where(m => hit.PronounSuffix || !s.Triggers.Exists(t => t.Start >= hit.End && t.End <= m.First)).ToList();
        MentionSpan? chosen;
        if (s.Language.VerbFirst)
        {
            // "قبل أن ينضم", "حتى ينضم" with no name after the verb: the subject is the sentence's subject.
            var subordinate = Subordinators.Contains(args.WordBefore()) && !after.Exists(m => m.First - hit.End <= 2);
            if (subordinate && s.Mentions.FirstOrDefault(m => m.IsPerson && Free(m) && m.Last < hit.Start) is { } main)
            {
                return ([main.Slug], false);
            }

            // Arabic is verb-first as often as subject-first: take the nearer side. A verb marked plural (غادروا، انضموا)
            // follows its subject: a name after it is not who moved ("شركات أسسها باحثون غادروا المختبرات، أبرزها X").
            // Staff right after the verb is its subject ("وانتقل عدد من مطوري النموذج إلى"): no named person moved.
            // ("انضم المهندس سامي" names him: a job noun before a name is a title).
            if (!hit.Trigger.Has(TriggerFlags.Noun) && StaffRightAfter(s, hit) && !after.Exists(m => m.First - hit.End <= 4))
            {
                return ([], false);
            }

            // "شركة X التي أسسوها": a plural verb right after a relative pronoun has the staff talked of as its subject.
            if (PluralVerb(s, hit) && hit.Start > 0 && MoveWords.Relatives.Contains(s.Tokens[hit.Start - 1].Norm))
            {
                return ([], false);
            }

            chosen = PluralVerb(s, hit) ? before.FirstOrDefault() : before.Concat(after).OrderBy(args.Distance).FirstOrDefault();
            if (chosen is null && PluralVerb(s, hit))
            {
                return ([], false);
            }
        }
        else
        {
            var pronoun = PronounBefore(s, hit);
            if (pronoun >= 0)
            {
                // "he had joined": the most recent person before the pronoun, in this sentence or an earlier one.
                var inSentence = s.Mentions.LastOrDefault(m => m.IsPerson && Free(m) && m.Last < pronoun);
                var referent = inSentence?.Slug ?? discourse.LastPerson;
                return referent is null ? ([], false) : ([referent], inSentence is null);
            }

            chosen = before.FirstOrDefault() ?? after.FirstOrDefault();
        }

        if (chosen is not null)
        {
            return (args.Coordinated(chosen).Select(m => m.Slug).ToList(), false);
        }

        // Arabic verbs carry their subject (غادر، انضم): with no name in the clause, the person last named, unless the
        // subject is staff written right after the verb ("غادر معظم الباحثين").
        if (s.Language.VerbFirst && !hit.Trigger.Has(TriggerFlags.Noun) && discourse.LastPerson is { } last && !s.Sentence.InTitle && !StaffRightAfter(s, hit))
        {
            return ([last], true);
        }

        return ([], false);
    }

    // "X (X)، الذي ...", "X, who ...": a relative clause describing the person named just before it.
    private static bool AppositiveRelative(SentenceContext s, int relative)
    {
        if (relative >= s.Tokens.Count || !PersonRelatives.Contains(s.Tokens[relative].Norm))
        {
            return false;
        }

        var j = relative - 1;
        while (j >= 0 && s.Tokens[j].Norm is "," or "،" or ")")
        {
            j--;
        }

        return j < relative - 1 && s.Mentions.Exists(m => m.IsPerson && m.Last == j);
    }

    private static readonly FrozenSet<string> Quantifiers = MoveWords.Both("frames", "subject-quantifier");

    private static bool StaffRightAfter(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 4); i++)
        {
            if (ArabicMorph.InSet(MoveWords.Staff, s.Tokens[i].Norm))
            {
                return true;
            }

            if (!Quantifiers.Contains(s.Tokens[i].Norm) && !s.Tokens[i].Norm.All(char.IsDigit))
            {
                return false;
            }
        }

        return false;
    }

    private static bool PluralVerb(SentenceContext s, TriggerHit hit) =>
        !hit.Trigger.Has(TriggerFlags.Noun) && hit.End - hit.Start == 1 && PluralEndings.Any(e => s.Tokens[hit.Start].Norm.EndsWith(e, StringComparison.Ordinal));

    // غادروا، and with an object pronoun أسسوها، أسسوه (they founded it).
    private static readonly string[] PluralEndings = ["وا", "وها", "وه", "وهم"];

    private static MentionSpan? RelativeAntecedent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.Start - 1; i >= Math.Max(0, hit.Start - 3); i--)
        {
            if (!PersonRelatives.Contains(s.Tokens[i].Norm))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && s.Tokens[j].Norm is "," or "،" or ")")
            {
                j--;
            }

            return s.Mentions.FirstOrDefault(m => m.IsPerson && m.Last == j);
        }

        return null;
    }

    // A subject pronoun before the trigger in its clause with no name between them ("He left", "she was leaving").
    private static int PronounBefore(SentenceContext s, TriggerHit hit)
    {
        var (start, _) = s.ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= start; i--)
        {
            if (s.Mentions.Exists(m => m.IsPerson && m.Last == i))
            {
                return -1;
            }

            if (MoveWords.Pronouns.Contains(s.Tokens[i].Norm))
            {
                return i;
            }
        }

        return -1;
    }
}
