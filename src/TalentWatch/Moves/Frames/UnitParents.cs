using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// "three researchers have joined its Center for Embodied Intelligence", "Seed, its AI research division", "مبادرة
/// الذكاء الاصطناعي التابعة لها": a unit named as belonging to the company the sentence is about is a move to (or from)
/// that company; the unit is a detail of the move, not its company.
/// </summary>
internal static class UnitParents
{
    public static List<MoveCandidate> Credit(SentenceContext s, List<MoveCandidate> candidates, DiscourseState discourse)
    {
        var owner = Owner(s, discourse);
        return [.. candidates.Select(c => c with { To = Credited(c.To), From = Credited(c.From) })];

        string? Credited(string? slug) =>
            slug is null ? null : NamedParent(s, slug) ?? (owner is not null && IsOwnedUnit(s, slug, owner) ? owner : slug);
    }

    /// <summary>
    /// "مختبر «فير» التابع لميتا": the company a unit, introduced as one, is said to belong to. ("ديب مايند التابعة لغوغل"
    /// names a company of its own, which keeps its moves.)
    /// </summary>
    private static string? NamedParent(SentenceContext s, string slug)
    {
        foreach (var unit in s.Mentions.Where(m => m.Slug == slug && UnitNounBefore(s, m)))
        {
            // The unit's description may stand between ("مختبر «فير» لأبحاث الذكاء الاصطناعي التابع لميتا").
            for (var i = unit.Last + 1; i < Math.Min(s.Tokens.Count, unit.Last + 8); i++)
            {
                if (s.Tokens[i].Norm is "," or "،" or "." || s.Mentions.Exists(m => m.First == i))
                {
                    break;
                }
                if (s.Tokens[i].IsWord && ArabicMorph.InSet(MoveWords.BelongingWords, s.Tokens[i].Norm)
                    && s.Mentions.FirstOrDefault(m => m.IsOrg && m.First == i + 1 && m.Slug != slug) is { } parent)
                {
                    return parent.Slug;
                }
            }
        }
        return null;
    }

    private static bool UnitNounBefore(SentenceContext s, MentionSpan unit)
    {
        var i = unit.First - 1;
        while (i >= 0 && !s.Tokens[i].IsWord)
        {
            i--;
        }
        return i >= 0 && ArabicMorph.InSet(MoveWords.UnitNouns, s.Tokens[i].Norm);
    }

    /// <summary>
    /// "joined its new robotics unit", "انضمام ثلاثة باحثين إلى مبادرة الذكاء الاصطناعي التابعة لها": a destination that names
    /// no company but a unit owned by the sentence's subject, within a few words after the trigger: that subject.
    /// </summary>
    public static string? OwnerOfUnitAfter(SentenceContext s, TriggerHit hit) =>
        OwnedUnitAfter(s, hit) ? s.SubjectOrgBefore(hit.Start)?.Slug : null;

    private static bool OwnedUnitAfter(SentenceContext s, TriggerHit hit)
    {
        var end = Math.Min(s.Tokens.Count, hit.End + 10);
        for (var i = hit.End; i < end; i++)
        {
            var word = s.Tokens[i].Norm;
            if (s.Mentions.Exists(m => m.First == i) || word is ":" or ";" || ArabicMorph.InSet(MoveWords.ListCues, word))
            {
                return false;
            }
            if (MoveWords.OwningPronouns.Contains(word)
                || (ArabicMorph.InSet(MoveWords.BelongingWords, word) && i + 1 < s.Tokens.Count && s.Tokens[i + 1].Norm is "لها" or "له"))
            {
                return true;
            }
        }
        return false;
    }

    // The company the sentence is about: its first company named as a subject, else the one the last sentences were about.
    private static string? Owner(SentenceContext s, DiscourseState discourse) =>
        s.Mentions.FirstOrDefault(m => m.IsOrg && m.Marker is Marker.None)?.Slug ?? discourse.SubjectOrg;

    private static bool IsOwnedUnit(SentenceContext s, string slug, string owner)
    {
        if (slug == owner)
        {
            return false;
        }
        foreach (var unit in s.Mentions.Where(m => m.Slug == slug))
        {
            var before = unit.First - 1;
            if (before >= 0 && MoveWords.OwningPronouns.Contains(s.Tokens[before].Norm))
            {
                return true;
            }
            // "Seed, its AI research division": the apposition right after the unit.
            if (unit.Last + 2 < s.Tokens.Count && s.Tokens[unit.Last + 1].Norm == "," && MoveWords.OwningPronouns.Contains(s.Tokens[unit.Last + 2].Norm))
            {
                return true;
            }
            // "مبادرة الذكاء الاصطناعي التابعة لها": the unit, then "belonging to it" within a few words; "التابعة لجوجل"
            // names its own parent, which need not be the sentence's company.
            for (var i = unit.Last + 1; i + 1 < Math.Min(s.Tokens.Count, unit.Last + 5); i++)
            {
                if (ArabicMorph.InSet(MoveWords.BelongingWords, s.Tokens[i].Norm) && s.Tokens[i + 1].Norm is "لها" or "له")
                {
                    return true;
                }
            }
        }
        return false;
    }
}
