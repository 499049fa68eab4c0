using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>An appointment in the passive written with vowels (عُيّن): its appointee is named before the verb.</summary>
internal static class PassiveAppointment
{
    // "وقد عُيّن نائبًا لرئيس قسم الهندسة في فيغر" (he was appointed ... at X): a passive appointment (the damma, or a role
    // in the accusative right after the verb with nobody named after it) moves the person named before it to the
    // company named after it.
    public static List<MoveCandidate>? Resolve(TriggerSite site)
    {
        var (s, hit, args, modality, discourse) = site;
        if (!s.Language.PassiveInVowels || !hit.Trigger.Has(TriggerFlags.Appointment) || hit.Trigger.Has(TriggerFlags.Noun) || hit.End >= s.Tokens.Count)
        {
            return null;
        }

        var verb = s.Tokens[hit.Start];
        var damma = s.Text.Substring(verb.Start, verb.Length).Contains('\u064F', StringComparison.Ordinal);
        if (damma && AppointeeAfter(site) is { } appointee)
        {
            return AppointedAfterVerb(site, appointee);
        }

        if (!(damma || MoveWords.AccusativeRoles.Contains(s.Tokens[hit.End].Norm)) || args.After(person: true).Any(m => m.First - hit.End <= 3))
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
        return Joins(site, person, from, to);
    }

    private static List<MoveCandidate> Joins(TriggerSite site, MentionSpan appointee, string? from, string to) =>
        site.Args.Coordinated(appointee).Select(p => new MoveCandidate(MoveType.Join, p.Slug, from, to, site.Hit.Trigger.Strength, site.Hit)).ToList();

    // "عُيّنت الباحثة هالة منصور مديرة للأبحاث في معهد قطر، قادمة من أمازون": verb first, the appointee right after it
    // (no company before them: "عيّنت الشركة X" is the active), the company after the appointee.
    private static MentionSpan? AppointeeAfter(TriggerSite site)
    {
        var (_, hit, args, _, _) = site;
        var person = args.After(person: true).FirstOrDefault();
        return person is not null && person.First - hit.End <= 3 && !args.After(person: false).Any(m => m.First < person.First)
            ? person
            : null;
    }

    private static List<MoveCandidate> AppointedAfterVerb(TriggerSite site, MentionSpan appointee)
    {
        var (_, _, args, modality, discourse) = site;
        var orgs = args.After(person: false).Where(m => m.First > appointee.Last).ToList();
        var to = orgs.FirstOrDefault(m => m.Marker is Marker.At or Marker.Of or Marker.RoleOf or Marker.To)?.Slug ?? discourse.TopicOrg;
        if (to is null || modality is not Modality.Asserted)
        {
            return [];
        }

        var from = orgs.FirstOrDefault(m => m.Slug != to && m.Marker is Marker.From)?.Slug;
        return Joins(site, appointee, from, to);
    }
}
