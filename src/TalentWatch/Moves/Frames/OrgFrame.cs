using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Hiring and recruiting told of a company (<see cref="Recruiter"/>): it takes a named person (a join,
/// <see cref="HiredPersons"/>) or another company's staff (a poach, <see cref="StaffSources"/>). Attempts and talks
/// are poaching attempts, never joins.
/// </summary>
internal static class OrgFrame
{
    public static List<MoveCandidate> Resolve(TriggerSite site)
    {
        if (PassiveAppointment.Resolve(site) is { } appointed)
        {
            return appointed;
        }

        var (s, hit, args, modality, _) = site;
        var objectEnd = args.ObjectEnd;
        // "most of them recruited from Google": a participle after a pronoun is a reduced passive.
        var passive = !s.Language.PassiveInVowels && (MoveWords.PassiveAuxiliaries.Contains(args.WordBefore())
            || (args.WordBefore() is "them" or "whom" && s.Tokens[hit.End - 1].Norm.EndsWith("ed", StringComparison.Ordinal)));
        var lawsuit = Lawsuit.Find(s, hit);
        var to = lawsuit?.Accused ?? Recruiter.Find(site, passive);
        if (to is null)
        {
            return [];
        }

        // "hired engineers", لتوظيف العمال، استقطاب xAI لمهندسين: the object is staff, not the names further on.
        // Named people inside a staff object ("four researchers, including A and B", من بينهم) moved with it.
        var staffObject = StaffObject.First(s, hit, to);
        // "Several staff have been recruited, among them Roe and Doe": a passive names its people before, or after an inclusion.
        var subjects = passive ? args.Before(person: true).Take(1).SelectMany(m => args.Coordinated(m)).Select(m => m.Slug).ToList() : [];
        var persons = passive
            ? subjects.Count > 0 ? subjects : HiredPersons.Included(site, s.Tokens.Count)
            : staffObject ? HiredPersons.Included(site, Math.Max(objectEnd, Math.Min(args.Clause.End, hit.End + 24))) : HiredPersons.Named(site);

        var sources = StaffSources.Find(site, to);
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
            if (persons.Count == 0 && (staffObject || args.StaffObject()))
            {
                // "hired three engineers": an incomplete move, not kept, for the people a list names next (ArrivalLists).
                moves.Add(new MoveCandidate(MoveType.Join, null, from, to.Slug, strength, hit));
            }
        }

        // A company-level raid: staff taken (or courted) rather than one named hire. Appointments are of people:
        // "a startup named Mistral AI" raids nobody.
        var appointment = hit.Trigger.Has(TriggerFlags.Appointment);
        if (!appointment && (persons.Count == 0 || staffObject || args.StaffObject() || !asserted || StaffAfterPerson(site, persons)))
        {
            var person = persons.Count == 1 ? persons[0] : null;
            var confidence = strength * (modality is Modality.Asserted or Modality.Attempt ? 1.0 : 0.8);
            moves.AddRange(sources.Select(f => new MoveCandidate(MoveType.Poach, person, f, to.Slug, confidence, hit)));
        }

        return moves;
    }

    // "to poach Jane Roe, Acme's CEO, and several of her engineers", لاستقطاب X، الرئيس التنفيذي لشركة Y، وعدد من
    // موظفيها: a poaching verb that takes staff along with the named person raids their company.
    private static bool StaffAfterPerson(TriggerSite site, List<string> persons)
    {
        var (s, hit, args, _, _) = site;
        return hit.Trigger.Type is MoveType.Poach && persons.Count > 0
            && s.Mentions.FirstOrDefault(m => m.IsPerson && m.Slug == persons[^1] && m.First >= hit.End) is { } last
            && s.AnyWordIn(MoveWords.Staff, last.Last + 1, args.Clause.End);
    }

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
