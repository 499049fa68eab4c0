using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>Searches a sentence's mentions around a trigger, inside its clause.</summary>
internal sealed class ArgumentFinder(SentenceContext sentence, TriggerHit hit)
{
    private readonly (int Start, int End) clause = sentence.ClauseRange(hit.Start);

    public (int Start, int End) Clause => clause;

    /// <summary>Where the trigger's object may stand: up to the next trigger in the clause.</summary>
    public int ObjectEnd
    {
        get
        {
            // The object ends at the next trigger or at a relative clause ("..., which also gives Google a licence").
            var next = sentence.Triggers.FirstOrDefault(t => t.Start >= hit.End);
            var end = next is null ? clause.End : Math.Min(clause.End, next.Start);
            for (var i = hit.End; i < end; i++)
            {
                if (MoveWords.Relatives.Contains(sentence.Tokens[i].Norm))
                {
                    return i;
                }
            }

            return end;
        }
    }

    public IEnumerable<MentionSpan> After(bool person, int? end = null) =>
        sentence.Mentions.Where(m => m.IsPerson == person && m.First >= hit.End && m.Last < (end ?? clause.End));

    /// <summary>The first company after the trigger in its clause.</summary>
    public MentionSpan? FirstOrgAfter() => After(person: false).FirstOrDefault();

    /// <summary>Mentions before the trigger in its clause, nearest first.</summary>
    public IEnumerable<MentionSpan> Before(bool person) =>
        sentence.Mentions.Where(m => m.IsPerson == person && m.Last < hit.Start && m.First >= clause.Start).Reverse();

    public IEnumerable<MentionSpan> InClause(bool person) =>
        sentence.Mentions.Where(m => m.IsPerson == person && m.First >= clause.Start && m.Last < clause.End);

    public int Distance(MentionSpan m) => m.Last < hit.Start ? hit.Start - m.Last : m.First - hit.End + 1;

    /// <summary>
    /// The person and any coordinated persons next to it ("Jane Roe and John Doe", "سارة وعلي"), in the trigger's clause
    /// unless <paramref name="anyClause"/> (the antecedents of a relative clause stand outside it).
    /// </summary>
    public List<MentionSpan> Coordinated(MentionSpan person, bool anyClause = false)
    {
        var group = new List<MentionSpan> { person };
        var persons = sentence.Mentions.Where(m => m.IsPerson).ToList();
        var index = persons.IndexOf(person);
        for (var i = index - 1; i >= 0 && Joined(persons[i], group[0]); i--)
        {
            group.Insert(0, persons[i]);
        }

        for (var i = index + 1; i < persons.Count && (Joined(group[^1], persons[i]) || Apposed(group[^1], persons[i])); i++)
        {
            group.Add(persons[i]);
        }

        return group.Where(p => anyClause || (p.First >= clause.Start && p.Last < clause.End)).DistinctBy(p => p.Slug).ToList();
    }

    /// <summary>The company and the companies coordinated after it ("Microsoft and Google", مايكروسوفت وغوغل).</summary>
    public List<MentionSpan> CoordinatedCompanies(MentionSpan company)
    {
        var group = new List<MentionSpan> { company };
        foreach (var next in sentence.Mentions.Where(m => m.IsOrg && m.First > company.Last))
        {
            if (!Joined(group[^1], next))
            {
                break;
            }

            group.Add(next);
        }

        return group;
    }

    /// <summary>
    /// "انتقل كي يانغ، الذي كان يقود فريق كذا، إلى ميتا", "رحيل بانغ، الذي كان يقود الفريق، إلى ميتا": the company marked
    /// "to" right after a relative clause in apposition to the mover.
    /// </summary>
    public string? DestinationAfterRelative()
    {
        var relative = ObjectEnd;
        if (relative >= sentence.Tokens.Count || !MoveWords.PersonRelatives.Contains(sentence.Tokens[relative].Norm))
        {
            return null;
        }

        var j = relative - 1;
        while (j >= 0 && sentence.Tokens[j].Norm is "," or "،" or ")")
        {
            j--;
        }

        if (j == relative - 1 || !sentence.Mentions.Exists(m => m.IsPerson && m.Last == j))
        {
            return null;
        }

        return After(person: false).FirstOrDefault(m => m.First >= relative && m.Marker is Marker.To
            && m.First >= 2 && sentence.Tokens[m.First - 2].Norm is "," or "،" && !sentence.Triggers.Exists(t => t.Start >= hit.End && t.Start < m.First))?.Slug;
    }

    /// <summary>A staff noun (engineers, موظفي، فريق) between the trigger and the end of its object region.</summary>
    public bool StaffObject() => sentence.ConjoinedStaff(hit.End, ObjectEnd);

    public bool StaffInClause() => sentence.AnyWordIn(MoveWords.Staff, clause.Start, clause.End);

    public string WordAfter(int offset = 0) =>
        hit.End + offset < sentence.Tokens.Count ? sentence.Tokens[hit.End + offset].Norm : "";

    public string WordBefore(int offset = 1) =>
        hit.Start - offset >= 0 ? sentence.Tokens[hit.Start - offset].Norm : "";

    /// <summary>A relative pronoun between a mention and the trigger: "xAI, which Musk founded", التي أسسها.</summary>
    public bool RelativeBetween(MentionSpan m) => sentence.AnyWordIn(MoveWords.Relatives, m.Last + 1, hit.Start);

    /// <summary>
    /// "X, a former scientist at A, and Y", "سامي (Sami)، المدير السابق في أ، وعلي": a conjunct after an apposition. The
    /// second name follows ", and" or "، و" with no other name or trigger between the two.
    /// </summary>
    private bool Apposed(MentionSpan left, MentionSpan right)
    {
        if (right.First - left.Last > 16 || right.First < 1)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var conjunct = sentence.Language.AttachedClitics
            ? right.Prefix.StartsWith('و') && tokens[right.First - 1].Norm is "،" or ","
            : tokens[right.First - 1].Norm == "and" && right.First >= 2 && tokens[right.First - 2].Norm is "," or "،";
        return conjunct
            && !sentence.Mentions.Exists(m => m.First > left.Last && m.Last < right.First && m.IsPerson)
            && !sentence.Triggers.Exists(t => t.Start > left.Last && t.Start < right.First);
    }

    /// <summary>True when only "and", "و" or commas separate two mentions (Arabic و may be a clitic of the second).</summary>
    private bool Joined(MentionSpan left, MentionSpan right)
    {
        if (right.First <= left.Last)
        {
            return false;
        }

        var gap = right.First - left.Last - 1;
        if (gap > 2)
        {
            return false;
        }

        for (var i = left.Last + 1; i < right.First; i++)
        {
            if (sentence.Tokens[i].Norm is not ("," or "،" or "and" or "و" or "&"))
            {
                return false;
            }
        }

        return gap > 0 || right.Prefix.StartsWith('و');
    }
}
