using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>Retention: a company keeping its staff (raised pay, counter-offers, إقناع ... بالبقاء).</summary>
internal static class RetentionFrame
{
    /// <summary>Retention is resolved after the poaching in the same sentence, which names whose staff is defended.</summary>
    public static List<MoveCandidate> Resolve(TriggerSite site, IReadOnlyList<MoveCandidate> poaches)
    {
        if (site.Modality is Modality.Negated or Modality.Hypothetical || !site.ConditionsHold || MeasuredRate(site.Sentence, site.Hit))
        {
            return [];
        }

        var (s, hit, args, _, discourse) = site;
        var strength = hit.Trigger.Strength;
        if (poaches.FirstOrDefault(p => p.From is not null) is { } poach)
        {
            return [new MoveCandidate(MoveType.Retain, null, poach.From, poach.To, strength, hit)];
        }

        // Whose staff: "raises pay for Tesla engineers", زيادة رواتب مهندسي تسلا; else the subject's company.
        var keeper = args.After(person: false, args.ObjectEnd).FirstOrDefault(m => m.Marker is Marker.Staff or Marker.At)
            ?? args.InClause(person: false).FirstOrDefault(m => m.Marker is not (Marker.To or Marker.For or Marker.Source or Marker.Possessor or Marker.With));
        // "Microsoft and Google began making counteroffers", بدأت مايكروسوفت وغوغل: each keeps its own staff.
        var keepers = keeper is null ? [] : args.CoordinatedCompanies(keeper).Select(m => m.Slug).Distinct().ToList();
        if (keepers.Count == 0 && GenericCompanyBefore(s, hit) && discourse.TopicOrg is { } topic)
        {
            keepers = [topic]; // "a source at the company said it offered them shares to stay", مصدرا في الشركة
        }

        if (keepers.Count == 0)
        {
            return [];
        }

        var from = keepers[0];
        var rival = args.InClause(person: false).FirstOrDefault(m => !keepers.Contains(m.Slug) && m.Marker is not (Marker.Source or Marker.Possessor));
        var person = args.After(person: true, args.ObjectEnd).FirstOrDefault()?.Slug;
        var moves = keepers.Select(k => new MoveCandidate(MoveType.Retain, person, k, rival?.Slug, strength * (rival is null ? 0.9 : 1.0), hit)).ToList();

        // "to keep them after several received offers from Meta and Google", عروضا من ميتا وغوغل: the offering rivals tried to poach.
        moves.AddRange(Offerers(s, args, from).Select(o => new MoveCandidate(MoveType.Poach, null, from, o, strength * 0.9, hit)));
        return moves;
    }

    private static IEnumerable<string> Offerers(SentenceContext s, ArgumentFinder args, string from)
    {
        var offered = false;
        foreach (var m in args.InClause(person: false))
        {
            var marked = m.First >= 2 && s.Tokens[m.First - 1].Norm is "from" or "من" && ArabicMorph.InSet(MoveWords.RivalOffers, s.Tokens[m.First - 2].Norm);
            offered = marked || (offered && m.First >= 1 && (s.Tokens[m.First - 1].Norm is "and" or "or" or "," or "،" || m.Prefix.StartsWith('و')));
            if (offered && m.Slug != from)
            {
                yield return m.Slug;
            }
        }
    }

    // "retention rates", معدلات الاحتفاظ: the word before the trigger measures retention; no company acts.
    private static bool MeasuredRate(SentenceContext s, TriggerHit hit) =>
        hit.Start > 0 && ArabicMorph.InSet(MoveWords.RateNouns, s.Tokens[hit.Start - 1].Norm);

    private static bool GenericCompanyBefore(SentenceContext s, TriggerHit hit)
    {
        for (var i = 0; i < hit.Start; i++)
        {
            if (s.Tokens[i].Norm is "الشركه" || (s.Tokens[i].Norm == "company" && i > 0 && s.Tokens[i - 1].Norm == "the"))
            {
                return true;
            }
        }

        return false;
    }
}
