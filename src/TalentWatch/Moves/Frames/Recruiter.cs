using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>The company that hires or recruits.</summary>
internal static class Recruiter
{
    // The recruiting company: the agent of a passive (hired by X); the company right after an Arabic verb or verbal
    // noun (استقطبت ميتا، استقطاب xAI); else the nearest unmarked company before (a subject), then a located one;
    // else, when a clause break cut the subject off (فيما استقطبت), the sentence's subject company.
    // ", and has recruited": "and" right before the verb and its auxiliaries, after a comma.
    private static bool CoordinatedPredicate(SentenceContext s, TriggerHit hit)
    {
        var i = hit.Start - 1;
        while (i >= 0 && MoveWords.Auxiliaries.Contains(s.Tokens[i].Norm))
        {
            i--;
        }
        return i >= 1 && s.Tokens[i].Norm == "and" && s.Tokens[i - 1].Norm == ",";
    }

    public static MentionSpan? Find(TriggerSite site, bool passive)
    {
        var (s, hit, args, _, discourse) = site;
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
            return new MentionSpan(subject, TalentWatch.Vocabulary.EntityKind.Org, -1, -1, "");
        }

        // "ByteDance has put Wu, the Google veteran it hired, in charge of Seed, and has recruited two engineers": a verb
        // coordinated with the sentence's first has the sentence's subject, not the company named last before it.
        if (!s.Language.VerbFirst && CoordinatedPredicate(s, hit) && s.SubjectOrgBefore(hit.Start) is { } sentenceSubject)
        {
            return sentenceSubject;
        }

        if (s.WeSubject(hit))
        {
            // "We hired ...", استقطبنا: the company of the executive or interviewee speaking, nothing else in the sentence.
            return discourse.SpeakerOrg(s, hit) is { } speaker ? new MentionSpan(speaker, TalentWatch.Vocabulary.EntityKind.Org, -1, -1, "") : null;
        }

        // Only a company right after the verb is its subject: in "تخطف باحثة غوغل" Google owns the researcher.
        // A company noun may stand between ("استقطبت مجموعة جي 42").
        if (s.Language.VerbFirst && args.FirstOrgAfter() is { } next && next.Marker is Marker.None
            && s.WordsBetween(hit.End, next.First) is { Count: <= 1 } between && between.All(MoveWords.Heads.Contains))
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
        discourse.TopicOrg is { } slug ? new MentionSpan(slug, TalentWatch.Vocabulary.EntityKind.Org, -1, -1, "") : null;

    private static bool OfferBefore(SentenceContext s, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (ArabicMorph.InSet(MoveWords.Offers, s.Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
