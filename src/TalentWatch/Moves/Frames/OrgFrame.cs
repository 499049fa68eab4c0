using System.Collections.Frozen;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Hiring and recruiting told of a company: it takes a named person (a join) or another company's staff (a poach).
/// Attempts and talks are poaching attempts, never joins.
/// </summary>
internal static class OrgFrame
{
    /// <summary>A hired person stands close after the trigger; a name farther on belongs to another phrase.</summary>
    private const int ObjectReach = 8;

    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality, DiscourseState discourse)
    {
        if (VowelPassiveAppointment(s, hit, args, modality, discourse) is { } appointed)
        {
            return appointed;
        }

        var objectEnd = args.ObjectEnd;
        // "most of them recruited from Google": a participle after a pronoun is a reduced passive.
        var passive = !s.Language.PassiveInVowels && (PassiveAuxiliaries.Contains(args.WordBefore())
            || (args.WordBefore() is "them" or "whom" && s.Tokens[hit.End - 1].Norm.EndsWith("ed", StringComparison.Ordinal)));
        var lawsuit = Lawsuit.Find(s, hit);
        var to = lawsuit?.Accused ?? Agent(s, hit, args, passive, discourse);
        if (to is null)
        {
            return [];
        }

        // "hired engineers", لتوظيف العمال، استقطاب xAI لمهندسين: the object is staff, not the names further on.
        // Named people inside a staff object ("four researchers, including A and B", من بينهم) moved with it.
        var staffObject = StaffFirst(s, hit, to);
        // "Several staff have been recruited, among them Roe and Doe": a passive names its people before, or after an inclusion.
        var subjects = passive ? args.Before(person: true).Take(1).SelectMany(args.Coordinated).Select(m => m.Slug).ToList() : [];
        var persons = passive
            ? subjects.Count > 0 ? subjects : Included(s, hit, args, s.Tokens.Count)
            : staffObject ? Included(s, hit, args, Math.Max(objectEnd, Math.Min(args.Clause.End, hit.End + 24))) : Hired(s, hit, args, objectEnd);

        var sources = Sources(s, hit, args, to, objectEnd);
        if (sources.Count == 0 && lawsuit is not null)
        {
            sources = [lawsuit.Accuser.Slug]; // "xAI sues OpenAI, alleging it poached engineers": the plaintiff's staff
        }

        var strength = hit.Trigger.Strength;
        var moves = new List<MoveCandidate>();
        var asserted = modality is Modality.Asserted;
        var promotion = hit.Trigger.Has(TriggerFlags.Appointment) && sources.Count == 0 && persons.Count > 0 && TitledBefore(s, persons, hit);
        if (asserted && !promotion)
        {
            var from = sources.FirstOrDefault();
            moves.AddRange(persons.Select(p => new MoveCandidate(MoveType.Join, p, from, to.Slug, strength, hit)));
        }

        // A company-level raid: staff taken (or courted) rather than one named hire. Appointments are of people:
        // "a startup named Mistral AI" raids nobody.
        var appointment = hit.Trigger.Has(TriggerFlags.Appointment);
        if (!appointment && (persons.Count == 0 || staffObject || args.StaffObject() || !asserted))
        {
            var person = persons.Count == 1 ? persons[0] : null;
            var confidence = strength * (modality is Modality.Asserted or Modality.Attempt ? 1.0 : 0.8);
            moves.AddRange(sources.Select(f => new MoveCandidate(MoveType.Poach, person, f, to.Slug, confidence, hit)));
        }

        return moves;
    }

    private static readonly FrozenSet<string> PassiveAuxiliaries = MoveWords.Both("frames", "passive-auxiliary");

    private static readonly FrozenSet<string> AccusativeRoles = MoveWords.Both("frames", "accusative-role");

    // "وقد عُيّن نائبًا لرئيس قسم الهندسة في فيغر" (he was appointed ... at X): a passive appointment (the damma, or a role
    // in the accusative right after the verb with nobody named after it) moves the person named before it to the
    // company named after it.
    private static List<MoveCandidate>? VowelPassiveAppointment(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality, DiscourseState discourse)
    {
        if (!s.Language.PassiveInVowels || !hit.Trigger.Has(TriggerFlags.Appointment) || hit.Trigger.Has(TriggerFlags.Noun) || hit.End >= s.Tokens.Count)
        {
            return null;
        }

        var verb = s.Tokens[hit.Start];
        var damma = s.Text.Substring(verb.Start, verb.Length).Contains('\u064F', StringComparison.Ordinal);
        if (!(damma || AccusativeRoles.Contains(s.Tokens[hit.End].Norm)) || args.After(person: true).Any(m => m.First - hit.End <= 3))
        {
            return null;
        }

        var person = args.Before(person: true).FirstOrDefault(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf or Marker.Staff);
        var to = args.After(person: false).LastOrDefault(m => m.Marker is Marker.At or Marker.Of or Marker.RoleOf or Marker.None or Marker.To)?.Slug
            ?? discourse.TopicOrg;
        if (person is null || to is null || modality is not Modality.Asserted)
        {
            return [];
        }

        var from = args.Before(person: false).FirstOrDefault(m => m.Slug != to && m.Marker is Marker.At or Marker.From)?.Slug;
        return args.Coordinated(person).Select(p => new MoveCandidate(MoveType.Join, p.Slug, from, to, hit.Trigger.Strength, hit)).ToList();
    }

    // The first named person after the trigger, and further persons joined to it by a conjunction
    // ("ضمت الشركة سامي، الرئيس التنفيذي لشركة ناشئة، وشريكه علي").
    private static List<string> Hired(SentenceContext s, TriggerHit hit, ArgumentFinder args, int objectEnd)
    {
        // Staff: "المهندس توم بيكر", "engineer Tom Becker" - a job noun used as a title.
        var candidates = args.After(person: true, objectEnd).Where(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf or Marker.Staff).ToList();
        if (candidates.Count == 0 || candidates[0].First - hit.End > ObjectReach)
        {
            return [];
        }

        // "استقطب مارك زوكربيرغ ألكسندر وانغ": in verb-first Arabic a name right after the verb, followed by another, is
        // the subject acting for the company; the second name is the one hired.
        if (s.Language.VerbFirst && candidates.Count > 1 && candidates[0].First == hit.End && candidates[0].Marker is Marker.None
            && candidates[1].Marker is Marker.None && !ConjunctionBetween(s, candidates[0].Last, candidates[1].First))
        {
            candidates.RemoveAt(0);
        }

        var hired = args.Coordinated(candidates[0]).Select(m => m.Slug).ToList();
        var last = candidates[0];
        foreach (var next in candidates.Skip(1).Where(m => m.Marker is Marker.None or Marker.Conj))
        {
            if (ConjunctionBetween(s, last.Last, next.First))
            {
                hired.Add(next.Slug);
                last = next;
            }
        }

        return hired.Distinct().ToList();
    }

    private static List<string> Included(SentenceContext s, TriggerHit hit, ArgumentFinder args, int objectEnd)
    {
        for (var i = hit.End; i < objectEnd; i++)
        {
            if (ArabicMorph.InSet(Inclusion, s.Tokens[i].Norm))
            {
                return args.After(person: true, objectEnd).Where(m => m.First > i && m.Marker is not (Marker.With or Marker.Source))
                    .Select(m => m.Slug).Distinct().ToList();
            }
        }

        return [];
    }

    private static readonly FrozenSet<string> Inclusion = MoveWords.Both("grammar", "inclusion");

    private static bool ConjunctionBetween(SentenceContext s, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var word = s.Tokens[i].Norm;
            if (word is "and" or "و" || (s.Language.AttachedClitics && word.StartsWith('و') && ArabicMorph.Split(word).Prefix.StartsWith('و')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StaffFirst(SentenceContext s, TriggerHit hit, MentionSpan agent)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 8); i++)
        {
            if (i >= agent.First && i <= agent.Last)
            {
                continue;
            }

            // "a dozen OpenAI researchers": the staff's company in front of the staff noun.
            if (s.Mentions.Find(m => m.IsOrg && m.First <= i && i <= m.Last && m.Marker is Marker.Staff) is { } owner)
            {
                i = owner.Last;
                continue;
            }

            var word = s.Tokens[i].Norm;
            if (ArabicMorph.InSet(MoveWords.Staff, word))
            {
                // "المهندس توم بيكر", "باحثة غوغل لينا حداد": a job noun in front of a name is the person's title.
                return !s.Mentions.Exists(m => m.IsPerson && m.First > i && m.First <= i + 4 && OnlyNamesBetween(s, i + 1, m.First));
            }

            // Quantifiers may stand before the staff noun: "at least four researchers", عددًا من، أربعة باحثين.
            // A nationality after the company (استقطبت مجموعة جي 42 الإماراتية ثلاثة باحثين) is part of its name phrase.
            if (!MoveWords.Heads.Contains(word) && !Quantifiers.Contains(word) && !word.All(char.IsDigit) && !Numbers.Contains(word)
                && !(i == agent.Last + 1 && s.Language.IsAdjectiveAfterName(word)))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Quantifiers = MoveWords.Both("frames", "staff-quantifier");

    // Arabic number words (اثنين، ثلاثة ... عشرة) before a counted noun.
    private static readonly FrozenSet<string> Numbers = MoveWords.Both("frames", "number");

    private static bool OnlyNamesBetween(SentenceContext s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!s.Mentions.Exists(m => m.First <= i && i <= m.Last) && s.Tokens[i].Norm is not ("(" or ")"))
            {
                return false;
            }
        }

        return true;
    }

    // Whose staff: companies marked from/at/of/staff-of/title in the object; an unmarked one only right after a
    // raiding verb ("raided Google"): a company hired outright ("hired Goldman Sachs") is an adviser, not staff. With a pronoun object (لاستقطابهم), the one other company of the sentence.
    private static List<string> Sources(SentenceContext s, TriggerHit hit, ArgumentFinder args, MentionSpan to, int objectEnd)
    {
        // "من مايكروسوفت ومعهد الابتكار يعيّن": a company right before another trigger is that clause's subject, not a source.
        var sources = args.After(person: false, objectEnd)
            .Where(m => m.Slug != to.Slug && !s.Triggers.Exists(t => t.Start == m.Last + 1) && (m.Marker is Marker.From or Marker.Staff or Marker.RoleOf or Marker.At or Marker.Of
                || (m.Marker is Marker.None && hit.Trigger.Frame == TriggerFrame.OrgRecruits && m.First - hit.End <= 1 && !(s.Language.VerbFirst && m == FirstOrgAfter(args)))))
            .Select(m => m.Slug).Distinct().ToList();
        if (sources.Count == 0 && (hit.PronounSuffix || StaffOfReferent(s, hit)))
        {
            var others = s.Mentions.Where(m => m.IsOrg && m.Slug != to.Slug && m.Marker is not (Marker.Source or Marker.Possessor or Marker.To or Marker.For))
                .Select(m => m.Slug).Distinct().ToList();
            if (others.Count == 1)
            {
                sources = others;
            }
        }

        return sources;
    }

    // "مهندسي الشركة" (the company's engineers), "موظفيها" (its employees): staff of a company named elsewhere.
    private static bool StaffOfReferent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count - 1, hit.End + 6); i++)
        {
            if (ArabicMorph.InSet(MoveWords.Staff, s.Tokens[i].Norm)
                && (ArabicMorph.InSet(ReferringHeads, s.Tokens[i + 1].Norm) || s.Tokens[i + 1].Norm is "of" && i + 2 < s.Tokens.Count && s.Tokens[i + 2].Norm is "its" or "their" or "the"
                    || (i > hit.End && s.Tokens[i - 1].Norm is "its" or "their")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> ReferringHeads = MoveWords.Both("frames", "referring-head");

    private static MentionSpan? FirstOrgAfter(ArgumentFinder args) => args.After(person: false).FirstOrDefault();

    // The recruiting company: the agent of a passive (hired by X); the company right after an Arabic verb or verbal
    // noun (استقطبت ميتا، استقطاب xAI); else the nearest unmarked company before (a subject), then a located one;
    // else, when a clause break cut the subject off (فيما استقطبت), the sentence's subject company.
    private static MentionSpan? Agent(SentenceContext s, TriggerHit hit, ArgumentFinder args, bool passive, DiscourseState discourse)
    {
        if (passive || args.WordAfter() == "by")
        {
            // "was hired by X"; without an agent, "was named CEO of X" names the company in the title; "Acme announced
            // that Jane Roe has been hired as CTO": the announcing company; else the company the article is about.
            return args.After(person: false).FirstOrDefault(m => m.Marker is Marker.By)
                ?? (passive ? args.After(person: false, args.ObjectEnd).FirstOrDefault(m => m.Marker is Marker.RoleOf or Marker.At or Marker.Of or Marker.None
                        && !args.After(person: true).Any(p => p.First < m.First))
                    ?? args.Before(person: false).FirstOrDefault(m => m.Marker is Marker.None)
                    ?? Topic(discourse) : null);
        }

        if (s.GenericSubject(hit) && Topic(discourse) is { } topic)
        {
            return topic;
        }

        if (s.ItSubject(hit) && discourse.SubjectOrg is { } subject)
        {
            return new MentionSpan(subject, TalentWatch.Entities.EntityKind.Org, -1, -1, "");
        }

        if (s.WeSubject(hit))
        {
            // "We hired ...", استقطبنا: the company of the executive or interviewee speaking, nothing else in the sentence.
            return discourse.SpeakerOrg(s, hit) is { } speaker ? new MentionSpan(speaker, TalentWatch.Entities.EntityKind.Org, -1, -1, "") : null;
        }

        // Only a company right after the verb is its subject: in "تخطف باحثة غوغل" Google owns the researcher.
        // A company noun may stand between ("استقطبت مجموعة جي 42").
        if (s.Language.VerbFirst && FirstOrgAfter(args) is { } next && next.Marker is Marker.None
            && (next.First == hit.End || (next.First == hit.End + 1 && MoveWords.Heads.Contains(s.Tokens[hit.End].Norm))))
        {
            return next;
        }

        // "عرضًا من نادٍ منافس ... لضمه", "an offer from Meta to hire him": the offering company recruits.
        if (args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From && m.Last < hit.Start && OfferBefore(s, m.First)) is { } offerer)
        {
            return offerer;
        }

        var before = args.Before(person: false).ToList();
        var agent = before.FirstOrDefault(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf or Marker.Possessor)
            ?? before.FirstOrDefault(m => m.Marker is Marker.At);
        if (agent is not null)
        {
            return agent;
        }

        // Verb first, the recruiter may follow as the beneficiary: "استقطاب باحثين لصالح ميتا" (recruiting for Meta).
        if (s.Language.VerbFirst && args.After(person: false).FirstOrDefault(m => m.Marker is Marker.To) is { } beneficiary && s.Tokens[beneficiary.First - 1].Norm == "لصالح")
        {
            return beneficiary;
        }

        return s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < args.Clause.Start && m.Marker is Marker.None);
    }

    // The company the article is about, standing in for "the company" (it has no position in the sentence).
    private static MentionSpan? Topic(DiscourseState discourse) =>
        discourse.TopicOrg is { } slug ? new MentionSpan(slug, TalentWatch.Entities.EntityKind.Org, -1, -1, "") : null;

    private static bool OfferBefore(SentenceContext s, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (ArabicMorph.InSet(Offers, s.Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Offers = MoveWords.Both("frames", "offer");

    // "Acme named COO Jane Roe as CEO", تعيين رئيس قطاع الأعمال سامي: a title right before the
    // appointee, with no other company involved, is a promotion inside the company.
    private static bool TitledBefore(SentenceContext s, List<string> persons, TriggerHit hit)
    {
        var first = s.Mentions.FirstOrDefault(m => m.Slug == persons[0] && m.IsPerson && m.First >= hit.End);
        if (first is null)
        {
            return false;
        }

        for (var i = first.First - 1; i >= Math.Max(hit.End, first.First - 4); i--)
        {
            var word = s.Tokens[i].Norm;
            if (ArabicMorph.InSet(MoveWords.Roles, word))
            {
                return true;
            }
        }

        return false;
    }
}
