namespace TalentWatch.Moves;

/// <summary>Retention: a company keeping its staff (raised pay, counter-offers, إقناع ... بالبقاء).</summary>
internal static class RetentionFrame
{
    /// <summary>Retention is resolved after the poaching in the same sentence, which names whose staff is defended.</summary>
    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, Modality modality, IReadOnlyList<MoveCandidate> poaches)
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
}
