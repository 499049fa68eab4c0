namespace TalentWatch.Moves;

/// <summary>
/// Fills a trigger's slots from the mentions around it, per frame: who moves (the nearest unmarked person, the
/// sentence subject, or the referent of a pronoun), where to (the object or a "to"-marked company), where from
/// (a "from"-marked company, the company in the person's title, whose staff).
/// </summary>
internal static class MoveResolver
{
    // Words after "started"/"launched" that make it a non-founding use: started working at X, launched in.
    private static readonly HashSet<string> NotFounding = new(StringComparer.Ordinal)
    {
        "at", "as", "to", "in", "on", "working", "work", "talks", "offering", "selling", "using", "with", "by", "its", "their",
    };

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

        return trigger.Frame switch
        {
            TriggerFrame.PersonMoves => PersonMoves(s, hit, args, modality, discourse),
            TriggerFrame.OrgHires or TriggerFrame.OrgRecruits => OrgTakes(s, hit, args, modality),
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

    private static List<MoveCandidate> PersonMoves(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality, DiscourseState discourse)
    {
        // A person who is not going anywhere for now: plans, talks and attempts are not moves.
        if (modality is not Modality.Asserted)
        {
            return [];
        }

        var type = hit.Trigger.Type;
        var (persons, viaPronoun) = Subject(s, hit, args, discourse);
        if (persons.Count == 0)
        {
            return [];
        }

        var objectEnd = args.ObjectEnd;
        var after = args.After(person: false, objectEnd).ToList();
        var confidence = hit.Trigger.Strength * (viaPronoun ? 0.8 : 1.0);
        var moves = new List<MoveCandidate>();
        switch (type)
        {
            case MoveType.Join:
            {
                var to = after.FirstOrDefault(m => m.Marker is Marker.None or Marker.To or Marker.At or Marker.For or Marker.Staff);
                var toSlug = to?.Slug;
                if (toSlug is null && discourse.SinceJoin <= 2 && (args.WordAfter() is "as" or "too" or "" || hit.End >= args.Clause.End - 1))
                {
                    // "Simonyan ... is joining as chief scientist": the destination named just before.
                    toSlug = discourse.LastJoinTo;
                    confidence *= 0.7;
                }

                var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From && m.Slug != toSlug);
                if (toSlug is not null)
                {
                    moves.AddRange(persons.Select(p => new MoveCandidate(MoveType.Join, p, from?.Slug, toSlug, confidence, hit)));
                }

                break;
            }

            case MoveType.Leave:
            {
                var from = after.FirstOrDefault(m => m.Marker is Marker.None or Marker.From or Marker.At or Marker.Of)
                    ?? args.InClause(person: false).FirstOrDefault(m => m.Last < hit.Start && m.Marker is not (Marker.To or Marker.For or Marker.Source or Marker.Possessor or Marker.With or Marker.By or Marker.Staff));

                // "left X for Z", "غادر X إلى Z": the departure is a join of Z.
                var destination = after.FirstOrDefault(m => m.Marker is Marker.For or Marker.To && m.Slug != from?.Slug);
                foreach (var p in persons)
                {
                    if (from is not null)
                    {
                        moves.Add(new MoveCandidate(MoveType.Leave, p, from.Slug, null, confidence, hit));
                    }

                    if (destination is not null)
                    {
                        moves.Add(new MoveCandidate(MoveType.Join, p, from?.Slug, destination.Slug, confidence * 0.9, hit));
                    }
                }

                break;
            }

            case MoveType.Found:
            {
                if (hit.Trigger.Has(TriggerFlags.NeedsDirectOrg) && NotFounding.Contains(args.WordAfter()))
                {
                    break;
                }

                var limit = hit.Trigger.Has(TriggerFlags.NeedsDirectOrg) ? hit.End + 6 : objectEnd;
                var company = after.FirstOrDefault(m => m.Marker is Marker.None or Marker.To or Marker.Conj && m.First < limit);

                // Passive and relative uses name the company first: "Anthropic, founded by ...", التي أسسها ماسك.
                company ??= args.Before(person: false).FirstOrDefault(m =>
                    m.Marker is Marker.None && (args.RelativeBetween(m) || args.WordAfter() is "by" or "in" || hit.Prefix.Length > 0 || s.Arabic));
                if (company is null || (hit.Trigger.Has(TriggerFlags.NeedsDirectOrg) && company.Last < hit.Start))
                {
                    break;
                }

                var from = args.InClause(person: false).FirstOrDefault(m => m.Marker is Marker.From or Marker.At && m.Slug != company.Slug);
                moves.AddRange(persons.Select(p => new MoveCandidate(MoveType.Found, p, from?.Slug, company.Slug, confidence, hit)));
                break;
            }
        }

        return moves;
    }

    // The mover: nearest person not introduced by a preposition (with Altman, by X), with coordinated names;
    // else the referent of a pronoun or an Arabic verb's implied subject: the last person named before.
    private static (List<string> Persons, bool ViaPronoun) Subject(SentenceContext s, TriggerHit hit, ArgumentFinder args, DiscourseState discourse)
    {
        static bool Free(MentionSpan m) => m.Marker is Marker.None or Marker.Conj or Marker.By or Marker.RoleOf or Marker.Staff;

        var before = args.Before(person: true).Where(Free).ToList();
        var after = args.After(person: true).Where(Free).ToList();
        MentionSpan? chosen;
        if (s.Arabic)
        {
            // Arabic is verb-first as often as subject-first: take the nearer side.
            chosen = before.Concat(after).OrderBy(args.Distance).FirstOrDefault();
        }
        else
        {
            chosen = PronounSubject(s, hit) ? null : before.FirstOrDefault() ?? after.FirstOrDefault();
            if (chosen is null && PronounSubject(s, hit))
            {
                // "he had joined": the most recent person before the pronoun, in this sentence or an earlier one.
                var inSentence = s.Mentions.LastOrDefault(m => m.IsPerson && m.Last < hit.Start);
                var referent = inSentence?.Slug ?? discourse.LastPerson;
                return referent is null ? ([], false) : ([referent], inSentence is null);
            }
        }

        if (chosen is not null)
        {
            return (args.Coordinated(chosen).Select(m => m.Slug).ToList(), false);
        }

        // Arabic verbs carry their subject (غادر، انضم): with no name in the clause, the person last named.
        if (s.Arabic && !hit.Trigger.Has(TriggerFlags.Noun) && discourse.LastPerson is { } last && !s.Sentence.InTitle)
        {
            return ([last], true);
        }

        return ([], false);
    }

    // "he left", "she was also leaving", "his exit": a pronoun right before the trigger (auxiliaries skipped).
    private static bool PronounSubject(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.Start - 1; i >= Math.Max(0, hit.Start - 4); i--)
        {
            var word = s.Tokens[i].Norm;
            if (MarkerWords.Pronouns.Contains(word))
            {
                return true;
            }

            if (!MarkerWords.Auxiliaries.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // Hiring and recruiting: the acting company takes a person (join) or another company's staff (poach).
    private static List<MoveCandidate> OrgTakes(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality)
    {
        var objectEnd = args.ObjectEnd;
        var passive = !s.Arabic && args.WordBefore() is "was" or "were" or "been" or "be" or "being";
        var to = Agent(s, hit, args, passive);
        if (to is null)
        {
            return [];
        }

        var personsAfter = args.After(person: true, objectEnd).Where(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf).ToList();
        var persons = passive
            ? args.Before(person: true).Take(1).SelectMany(args.Coordinated).Select(m => m.Slug).ToList()
            : personsAfter.Take(1).SelectMany(args.Coordinated).Select(m => m.Slug).ToList();

        var sources = args.After(person: false, objectEnd)
            .Where(m => m.Slug != to.Slug && m.Marker is Marker.From or Marker.Staff or Marker.RoleOf or Marker.At or Marker.Of or Marker.None)
            .Select(m => m.Slug).Distinct().ToList();
        if (sources.Count == 0 && hit.Trigger.Frame == TriggerFrame.OrgRecruits)
        {
            // "staff of X were poached by Y", or staff named by a pronoun (موظفي شركته): the one other company in the sentence.
            var others = s.Mentions.Where(m => m.IsOrg && m.Slug != to.Slug && m.Marker is not (Marker.Source or Marker.Possessor or Marker.To or Marker.For))
                .Select(m => m.Slug).Distinct().ToList();
            if (others.Count == 1)
            {
                sources = others;
            }
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

        // A company-level raid: staff taken (or courted) rather than one named hire.
        var raid = persons.Count == 0 || args.StaffObject() || !asserted;
        if (raid)
        {
            var person = persons.Count == 1 ? persons[0] : null;
            var confidence = strength * (modality is Modality.Asserted or Modality.Attempt ? 1.0 : 0.8);
            moves.AddRange(sources.Select(f => new MoveCandidate(MoveType.Poach, person, f, to.Slug, confidence, hit)));
        }

        return moves;
    }

    // The recruiting company: subject before the trigger, the company right after an Arabic verb or verbal noun
    // (استقطبت ميتا، استقطاب xAI), or the agent of a passive (was hired by X, لصالح X).
    private static MentionSpan? Agent(SentenceContext s, TriggerHit hit, ArgumentFinder args, bool passive)
    {
        if (passive || args.WordAfter() == "by")
        {
            return args.After(person: false).FirstOrDefault(m => m.Marker is Marker.By);
        }

        if (s.Arabic && args.After(person: false).FirstOrDefault() is { } next && next.First - hit.End <= 1 && next.Marker is Marker.None)
        {
            return next;
        }

        var before = args.Before(person: false).FirstOrDefault(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf or Marker.At or Marker.Possessor);
        if (before is not null)
        {
            return before;
        }

        return args.After(person: false).FirstOrDefault(m => m.Marker is Marker.To or Marker.For && s.Arabic);
    }

    // "Chipotle named COO Scott Boatwright as CEO", تعيين رئيس قطاع الأعمال جيف وانغ: a title right before the
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
            if (MarkerWords.Roles.Contains(word) || MarkerWords.Roles.Contains(ArabicMorph.Split(word).Core))
            {
                return true;
            }
        }

        return false;
    }
}
