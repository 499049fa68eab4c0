using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>A person joining a company (joined, moved to, انضم): the destination, and staff who went along (a raid).</summary>
internal static class JoinFrame
{
    public static List<MoveCandidate> Resolve(TriggerSite site, Movers movers)
    {
        if (site.Hit.Trigger.Has(TriggerFlags.RepeatsLastJoin))
        {
            // "Beyer, Kolesnikov and Zhai made the same move": the join told just before, by these movers.
            return site.Discourse.RecentJoinTo is { } repeated
                ? [.. movers.Persons.Select(p => new MoveCandidate(MoveType.Join, p, site.Discourse.LastJoinFrom, repeated, movers.Confidence(site.Hit), site.Hit))]
                : [];
        }

        var (to, recalled) = Destination(site, movers.Persons);
        if (to is null)
        {
            return [];
        }

        var (hit, args, persons) = (site.Hit, site.Args, movers.Persons);
        var confidence = movers.Confidence(hit);
        if (recalled)
        {
            confidence *= 0.7;
        }

        // "انضم إلى الفريق أكثر من 20 باحثًا من A وB", "20 researchers from A joined B": staff of named companies, a raid.
        if (persons.Count == 0 || movers.ViaPronoun)
        {
            var raided = StaffMovers(site).Where(f => f != to).ToList();
            if (raided.Count > 0)
            {
                return raided.Select(f => new MoveCandidate(MoveType.Poach, null, f, to, confidence * 0.9, hit)).ToList();
            }
        }

        var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From && m.Slug != to)?.Slug;
        // Unnamed movers ("five faculty members have joined the university") make an incomplete move: it is not kept, but
        // the people a list or the next sentence names went there (PersonLists, ArrivalLists).
        var moves = persons.Count == 0
            ? [new MoveCandidate(MoveType.Join, null, from, to, confidence, hit)]
            : persons.Select(p => new MoveCandidate(MoveType.Join, p, from, to, confidence, hit)).ToList();

        // "Roe, Doe and some members of its team will join Acme": staff go too, a raid.
        if (StaffInSubject(site)
            && args.InClause(person: false).FirstOrDefault(m => m.Last < hit.Start && m.Slug != to && m.Marker is not (Marker.Source or Marker.To or Marker.For or Marker.With)) is { } source)
        {
            moves.Add(new MoveCandidate(MoveType.Poach, null, source.Slug, to, confidence * 0.9, hit));
        }

        return moves;
    }

    /// <summary>Where the movers go; Recalled when only the sentences before name it.</summary>
    private static (string? To, bool Recalled) Destination(TriggerSite site, List<string> persons)
    {
        var (s, hit, args, _, discourse) = site;

        // A company named after another person belongs to that person's phrase: in "Roe, who joins from Amazon, and
        // Doe, a former Google researcher", Google is not where Roe goes.
        var otherPerson = args.After(person: true).FirstOrDefault(m => !persons.Contains(m.Slug) && m.Marker is Marker.None or Marker.Conj)?.First ?? int.MaxValue;
        // "Before joining FAIR, Tanabe spent six years at the University of Tokyo": a fronted "before/after joining" has
        // its object before the comma; the company after it is where the main clause's subject was.
        var objectEnd = !s.Language.VerbFirst && MoveWords.Sequencers.Contains(args.WordBefore()) ? Math.Min(args.ObjectEnd, NextComma(s, hit.End)) : args.ObjectEnd;
        var after = args.After(person: false, objectEnd).Where(m => m.First < otherPerson).ToList();
        var next = args.WordAfter();
        string? to;
        // "joined it", انضم إليها: a pronoun object may be a company; "to join him", "joined Sam Altman at an event":
        // joining a person is no move to a company. (In Arabic the name after the verb is its subject: انضم سامي إلى ...)
        if (next == "الينا")
        {
            to = discourse.SpeakerOrg(s, hit); // "انضم إلينا": joined us, the company of the person speaking
            if (to is null)
            {
                return (null, false);
            }
        }
        else if (next is "it" or "them" or "اليها" or "لها" or "اليه")
        {
            to = PronounDestination(site, next, persons);
            if (to is null && next is not ("اليها" or "لها"))
            {
                return (null, false);
            }
        }
        else if (next is "اليهم" or "him" or "us" or "me"
            || (!s.Language.VerbFirst && s.Mentions.Exists(m => m.IsPerson && m.First == hit.End && m.Marker is Marker.None)))
        {
            return (null, false);
        }
        else
        {
            // "انتقل سامي، الباحث في شركة أ، إلى شركة ب": an explicit "to" beats the "at" of a title in apposition.
            to = (after.FirstOrDefault(m => m.Marker is Marker.To or Marker.None)
                ?? after.FirstOrDefault(m => m.Marker is Marker.At or Marker.For or Marker.Staff))?.Slug;
        }

        to ??= args.DestinationAfterRelative();

        if (to is null && (GenericObject.CompanyAfter(s, hit) || GenericObject.TeamAfter(s, hit)))
        {
            // "who joined the company from Nvidia", "joined the team" (التحق بالفريق): the company the sentence is
            // about, else the one the article is about, else the one last named.
            to = s.SubjectOrgBefore(hit.Start)?.Slug ?? discourse.TopicOrg ?? discourse.LastOrg;
        }

        to ??= UnitParents.OwnerOfUnitAfter(s, hit); // "joined its robotics unit": the unit's owner

        if (to is null && discourse.RecentJoinTo is { } recent && (next is "as" or "too" or "" || hit.End >= args.Clause.End - 1))
        {
            return (recent, true); // "Jane Roe ... is joining as chief scientist": the destination named just before
        }

        if (to is null && next == "as" && !s.Language.VerbFirst && s.AnyWordIn(MoveWords.Roles, hit.End + 1, hit.End + 5)
            && (s.SubjectOrgBefore(hit.Start)?.Slug ?? discourse.TopicOrg) is { } topic)
        {
            return (topic, true); // "Dr. Yuki Tanabe joins as head of research": the announcing company, or the article's
        }

        return (to, false);
    }

    private static int NextComma(SentenceContext s, int from)
    {
        for (var i = from; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Norm is "," or "،")
            {
                return i;
            }
        }
        return s.Tokens.Count;
    }

    /// <summary>
    /// The company a pronoun object of a join refers to. "it": the clause's subject company, else the subject company of
    /// the previous sentence. Companies are feminine in Arabic (إليها) but so are women, and إليه (an institute, a lab)
    /// and "them" may as well be people: across sentences, a company only when the previous sentence named no person;
    /// إليه and "them" also need no person but the mover named before the verb.
    /// </summary>
    private static string? PronounDestination(TriggerSite site, string pronoun, List<string> movers)
    {
        var (s, hit, _, _, discourse) = site;
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
    private static List<string> StaffMovers(TriggerSite site)
    {
        var (s, hit, args, _, _) = site;
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
    private static bool StaffInSubject(TriggerSite site) =>
        site.Sentence.ConjoinedStaff(Math.Max(site.Args.Clause.Start, site.Hit.Start - 8), site.Hit.Start);
}
