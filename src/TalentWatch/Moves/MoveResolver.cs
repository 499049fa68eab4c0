namespace TalentWatch.Moves;

/// <summary>
/// Fills a trigger's slots from the mentions around it, per frame: who moves (the nearest unmarked person, the
/// sentence subject, or the referent of a pronoun), where to (the object or a "to"-marked company), where from
/// (a "from"-marked company, the company in the person's title, whose staff).
/// </summary>
internal static class MoveResolver
{
    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, Modality modality, DiscourseState discourse)
    {
        if (modality is Modality.Negated or Modality.Hypothetical)
        {
            return [];
        }

        var args = new ArgumentFinder(s, hit);
        var trigger = hit.Trigger;
        if (trigger.Has(TriggerFlags.NeedsStaff) && !args.StaffInClause())
        {
            return [];
        }

        if (trigger.Has(TriggerFlags.NeedsPersuasion) && !s.AnyWordIn(MarkerWords.Persuasion, 0, hit.Start))
        {
            return [];
        }

        // "persuade them to join", إقناعهم بالانضمام: courting another company's staff is a poaching attempt.
        if (trigger.Type == MoveType.Join && trigger.Frame == TriggerFrame.PersonMoves
            && s.AnyWordIn(MarkerWords.Persuasion, hit.Start - 3, hit.Start))
        {
            return Courting(s, hit, args);
        }

        return trigger.Frame switch
        {
            TriggerFrame.PersonMoves => PersonFrame.Resolve(s, hit, args, modality, discourse),
            TriggerFrame.OrgHires or TriggerFrame.OrgRecruits => OrgFrame.Resolve(s, hit, args, modality),
            TriggerFrame.Replaces => Replaces(s, hit, args, modality),
            TriggerFrame.OrgLoses => Loses(s, hit, args, modality),
            _ => [],
        };
    }

    /// <summary>Retention is resolved after the poaching in the same sentence, which names whose staff is defended.</summary>
    public static List<MoveCandidate> Retain(SentenceContext s, TriggerHit hit, Modality modality, IReadOnlyList<MoveCandidate> poaches)
    {
        if (modality is Modality.Negated or Modality.Hypothetical)
        {
            return [];
        }

        var args = new ArgumentFinder(s, hit);
        if (hit.Trigger.Has(TriggerFlags.NeedsStaff) && !args.StaffInClause())
        {
            return [];
        }

        if (hit.Trigger.Has(TriggerFlags.NeedsPersuasion) && !s.AnyWordIn(MarkerWords.Persuasion, 0, hit.Start))
        {
            return [];
        }

        var strength = hit.Trigger.Strength;
        if (poaches.FirstOrDefault(p => p.From is not null) is { } poach)
        {
            return [new MoveCandidate(MoveType.Retain, null, poach.From, poach.To, strength, hit)];
        }

        // Whose staff: "raises pay for Tesla engineers", زيادة رواتب مهندسي تسلا; else the subject's company.
        var from = args.After(person: false, args.ObjectEnd).FirstOrDefault(m => m.Marker is Marker.Staff or Marker.At)
            ?? args.InClause(person: false).FirstOrDefault(m => m.Marker is not (Marker.To or Marker.For or Marker.Source or Marker.Possessor or Marker.With));
        if (from is null)
        {
            return [];
        }

        var rival = args.InClause(person: false).FirstOrDefault(m => m.Slug != from.Slug && m.Marker is not (Marker.Source or Marker.Possessor));
        var person = args.After(person: true, args.ObjectEnd).FirstOrDefault()?.Slug;
        return [new MoveCandidate(MoveType.Retain, person, from.Slug, rival?.Slug, strength * (rival is null ? 0.9 : 1.0), hit)];
    }

    // The courting company is the subject's (first unmarked or titled company of the clause); the courted staff
    // belong to the companies marked at/from/staff-of.
    private static List<MoveCandidate> Courting(SentenceContext s, TriggerHit hit, ArgumentFinder args)
    {
        var orgs = args.InClause(person: false).ToList();
        var to = orgs.FirstOrDefault(m => m.Marker is Marker.None or Marker.RoleOf && m.Last < hit.Start);
        if (to is null)
        {
            return [];
        }

        return orgs.Where(m => m.Slug != to.Slug && m.Marker is Marker.At or Marker.Staff or Marker.From)
            .Select(m => m.Slug).Distinct()
            .Select(from => new MoveCandidate(MoveType.Poach, null, from, to.Slug, hit.Trigger.Strength * 0.9, hit))
            .ToList();
    }

    // "OpenAI has lost several researchers to Anthropic" (a raid), "Apple loses Tom Becker to Meta" (a join): the
    // loser is the subject, the winner is marked "to" (لصالح). Without people or staff between them, what was
    // lost is something else (market share, a deal).
    private static List<MoveCandidate> Loses(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality)
    {
        if (modality is not (Modality.Asserted or Modality.Attempt))
        {
            return [];
        }

        var winner = args.After(person: false, args.ObjectEnd).FirstOrDefault(m => m.Marker is Marker.To or Marker.For);
        var loser = (s.Arabic ? args.After(person: false).FirstOrDefault(m => m.First - hit.End <= 1 && m.Marker is Marker.None) : null)
            ?? args.Before(person: false).FirstOrDefault(m => m.Marker is Marker.None or Marker.Conj or Marker.Possessor);
        if (winner is null || loser is null || winner.Slug == loser.Slug)
        {
            return [];
        }

        var persons = args.After(person: true, winner.First).Where(m => m.Marker is not (Marker.With or Marker.Source)).Select(m => m.Slug).Distinct().ToList();
        if (persons.Count > 0)
        {
            return persons.Select(p => new MoveCandidate(MoveType.Join, p, loser.Slug, winner.Slug, hit.Trigger.Strength, hit)).ToList();
        }

        return s.AnyWordIn(MarkerWords.Staff, hit.End, winner.First)
            ? [new MoveCandidate(MoveType.Poach, null, loser.Slug, winner.Slug, hit.Trigger.Strength, hit)]
            : [];
    }

    // "replacing Laxman Narasimhan", خلفًا لبانغ: the replaced person leaves the company the sentence is about.
    private static List<MoveCandidate> Replaces(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality)
    {
        if (modality is not Modality.Asserted)
        {
            return [];
        }

        var person = args.After(person: true).FirstOrDefault(m => m.First - hit.End <= 2);
        var company = s.Mentions.FirstOrDefault(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None);
        return person is null || company is null
            ? []
            : [new MoveCandidate(MoveType.Leave, person.Slug, company.Slug, null, hit.Trigger.Strength, hit)];
    }
}
