using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>A person founding a company (founded, co-founded, أسس): the company, and the co-founders named with them.</summary>
internal static class FoundFrame
{
    public static List<MoveCandidate> Resolve(TriggerSite site, Movers movers)
    {
        // "launched a new car": some triggers found only a company named right after them, and not in "started working at".
        var direct = site.Hit.Trigger.Has(TriggerFlags.NeedsDirectOrg);
        if (direct && MoveWords.NotFounding.Contains(site.Args.WordAfter()))
        {
            return [];
        }

        var (s, hit, args, _, discourse) = site;
        var persons = movers.Persons;

        // The object is the first company after the trigger; a later one belongs to another phrase.
        var first = args.After(person: false, args.ObjectEnd).FirstOrDefault();
        if (CompanySubjectAfterVerb(s, hit, args) || HiredToFound(s, hit, args))
        {
            return []; // "وأطلق صندوق الاستثمارات العامة «هيوماين»": a company founding a company moves nobody
        }

        // "«ألف ألفا»، التي أسسها X وY، تنافس شركة ميسترال": the pronoun on the verb is its object, the relative's antecedent.
        var antecedent = direct ? null : FoundedCompany.Antecedent(s, hit);
        var company = hit.PronounSuffix && antecedent is not null
            ? antecedent
            : first is not null && first.Marker is Marker.None or Marker.To or Marker.Conj && (!direct || first.First < hit.End + 6) ? first.Slug : null;
        company ??= antecedent;
        if (company is null && !direct && FoundedCompany.PassiveSubject(s, hit) is { } founded)
        {
            // "Acme was founded earlier this year by Roe, ..., and Doe": the subject is the company, the founders follow "by".
            company = founded;
            persons = args.After(person: true).Where(m => m.Marker is Marker.By).Take(1).SelectMany(m => args.Coordinated(m)).Select(m => m.Slug).Distinct().ToList();
        }
        if (company is null && GenericObject.CompanyAfter(s, hit))
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
            company = s.SubjectOrgBefore(hit.Start)?.Slug;
        }

        if (company is null)
        {
            return [];
        }

        // "founded X in 2010 with Y", أسست ... مع Y: companions right after the founding are co-founders; "founded X
        // before falling out with Y" is another event.
        var partners = args.InClause(person: true).Where(m => m.Marker is Marker.With && m.First > hit.Start && m.First - hit.End <= 8
                && !s.AnyWordIn(MoveWords.Subordinators, hit.End, m.First) && !s.AnyWordIn(MoveWords.Sequencers, hit.End, m.First))
            .Select(m => m.Slug);
        if (PassiveFounding(s, hit))
        {
            // "تأسست الشركة برئاسة فلان" (chaired by): only على يد / من قبل / بقيادة introduce the founders of a passive.
            persons = persons.Where(p => s.Mentions.Exists(m => m.Slug == p && m.IsPerson && (m.Marker is Marker.By || AgentBefore(s, m.First)))).ToList();
        }

        var founders = persons.Concat(Listed(site)).Concat(partners).Distinct().ToList();
        var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From or Marker.At && m.Slug != company)?.Slug;
        return founders.Select(p => new MoveCandidate(MoveType.Found, p, from, company, movers.Confidence(hit), hit)).ToList();
    }

    // Verb first, a company right after the verb and another right after it: the first is the subject, the second the object.
    private static bool CompanySubjectAfterVerb(SentenceContext s, TriggerHit hit, ArgumentFinder args)
    {
        var orgs = args.After(person: false, args.ObjectEnd).Take(2).ToList();
        return s.Language.VerbFirst && orgs.Count == 2 && orgs[0].First == hit.End && orgs[1].Marker is Marker.None
            && orgs[1].First - orgs[0].Last <= 2;
    }

    // "حين استقطبه مارك زوكربيرغ لتأسيس مختبر", "Zuckerberg hired him to found a lab": the founder is the one hired (a
    // pronoun), not the hirer named next to the founding verb.
    private static bool HiredToFound(SentenceContext s, TriggerHit hit, ArgumentFinder args) =>
        s.Triggers.Any(t => t.End <= hit.Start && t.Start >= args.Clause.Start && hit.Start - t.End <= 4
            && t.Trigger.Frame is TriggerFrame.OrgHires or TriggerFrame.OrgRecruits
            && (t.PronounSuffix || (t.End < s.Tokens.Count && MoveWords.Pronouns.Contains(s.Tokens[t.End].Norm))));

    private static bool PassiveFounding(SentenceContext s, TriggerHit hit) =>
        s.Language.PassiveInVowels && ArabicMorph.InSet(MoveWords.PassiveFoundingVerbs, s.Tokens[hit.Start].Norm);

    // على يد فلان، من قبل فلان، بواسطة فلان: the agent of an Arabic passive.
    private static bool AgentBefore(SentenceContext s, int first) =>
        first >= 1 && MoveWords.PassiveAgents.Contains(s.Tokens[first - 1].Norm);

    // "كل من X و Y" (each of X and Y) after a founding lists the co-founders.
    private static IEnumerable<string> Listed(TriggerSite site)
    {
        var (s, hit, args, _, _) = site;
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
}
