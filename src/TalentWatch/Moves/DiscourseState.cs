using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>
/// What earlier sentences leave for later ones: the person a pronoun or an Arabic verb's implied subject refers to,
/// the company "the company" refers to, and the last destination, departure and founding, which a follow-up
/// sentence ("is joining as chief scientist", "were also leaving", "الشركة الجديدة") continues.
/// </summary>
internal sealed class DiscourseState
{
    /// <summary>Follow-up sentences continue a move for this many sentences.</summary>
    public const int Reach = 3;

    /// <summary>The subject of the latest sentence that named a person (subjects are the preferred antecedents).</summary>
    public string? LastPerson { get; set; }

    /// <summary>The persons the latest sentence that named any named as its subjects or together: what "they" refers to.</summary>
    public IReadOnlyList<string> LastPersons { get; private set; } = [];

    public string? LastOrg { get; set; }

    /// <summary>
    /// The company the article is about: the subject of the headline, else of the first sentence that names a company.
    /// "The company" as a subject ("The company also tapped ...") refers to it more often than to the company last named.
    /// </summary>
    public string? TopicOrg { get; set; }

    /// <summary>
    /// The subject company of the latest sentence that named one (its first unmarked company): what "it" as a subject
    /// refers to ("Nvidia has been an aggressive recruiter. It hired ...").
    /// </summary>
    public string? SubjectOrg { get; set; }

    /// <summary>The subject company of the previous sentence, if it named one: what "joined it" (انضم إليها) refers to.</summary>
    public string? PreviousSubjectOrg { get; private set; }

    /// <summary>
    /// The subject company of the previous sentence when that sentence named no person: the only safe referent of a
    /// pronoun that may as well stand for people ("joined them", انضم إليه).
    /// </summary>
    public string? PreviousCompanyTopic { get; private set; }

    /// <summary>The company each person is identified with: where they last joined or founded, or the company in their title.</summary>
    private readonly Dictionary<string, string> affiliation = new(StringComparer.Ordinal);

    /// <summary>The company in a person's title in the previous sentence ("said Lina Haddad, Nvidia's CEO").</summary>
    private string? previousTitleOrg;

    public string? LastJoinTo { get; set; }

    /// <summary>Where the last join came from, for "made the same move".</summary>
    public string? LastJoinFrom { get; private set; }

    public string? LastLeaveFrom { get; set; }

    public string? LastFoundTo { get; set; }

    public int SinceJoin { get; set; } = int.MaxValue / 2;

    public int SinceLeave { get; set; } = int.MaxValue / 2;

    public int SinceFound { get; set; } = int.MaxValue / 2;

    /// <summary>
    /// The company that took people on in the previous sentence, even unnamed ones ("five faculty members have joined
    /// the university"): whom a list of "the new hires" that follows joined (ArrivalLists).
    /// </summary>
    public string? RecentHireTo { get; private set; }

    public string? RecentJoinTo => SinceJoin <= Reach ? LastJoinTo : null;

    public string? RecentLeaveFrom => SinceLeave <= Reach ? LastLeaveFrom : null;

    public string? RecentFoundTo => SinceFound <= Reach ? LastFoundTo : null;

    /// <summary>The company a person was last said to join, found or work for, if any.</summary>
    public string? AffiliationOf(string person) => affiliation.GetValueOrDefault(person);

    /// <summary>
    /// Records a sentence's moves and mentions once it has been read; <paramref name="hiredBy"/> is the company a hire in
    /// it went to, whether or not it named whom.
    /// </summary>
    public void After(SentenceContext sentence, IReadOnlyList<MoveCandidate> moves, string? hiredBy)
    {
        RecentHireTo = hiredBy;
        SinceJoin++;
        SinceLeave++;
        SinceFound++;
        foreach (var move in moves)
        {
            switch (move.Type)
            {
                case MoveType.Join when move.To is not null:
                    (LastJoinTo, LastJoinFrom, SinceJoin) = (move.To, move.From, 0);
                    break;
                case MoveType.Leave when move.From is not null:
                    (LastLeaveFrom, SinceLeave) = (move.From, 0);
                    break;
                case MoveType.Found when move.To is not null:
                    (LastFoundTo, SinceFound) = (move.To, 0);
                    break;
            }
        }

        TopicOrg ??= sentence.Mentions.FirstOrDefault(m => m.IsOrg && m.Marker is Marker.None)?.Slug;
        Affiliate(sentence, moves);
        if (sentence.Sentence.InTitle)
        {
            return;
        }

        var persons = sentence.Mentions.Where(m => m.IsPerson).ToList();
        if (persons.Count > 0)
        {
            LastPerson = (persons.FirstOrDefault(m => m.Marker is Marker.None or Marker.RoleOf) ?? persons[^1]).Slug;
            LastPersons = [.. persons.Where(m => m.Marker is Marker.None or Marker.Conj).Select(m => m.Slug).Distinct()];
        }

        var subjectOrg = sentence.Mentions.FirstOrDefault(m => m.IsOrg && m.Marker is Marker.None);
        PreviousSubjectOrg = subjectOrg?.Slug;
        PreviousCompanyTopic = persons.Count == 0 ? subjectOrg?.Slug : null;
        if (subjectOrg is { } subject)
        {
            SubjectOrg = subject.Slug;
        }

        if (sentence.Mentions.LastOrDefault(m => m.IsOrg && m.Marker is not (Marker.Source or Marker.Possessor)) is { } org)
        {
            LastOrg = org.Slug;
        }
    }

    /// <summary>
    /// "We hired ...", "we've lost engineers to ...", استقطبنا، انضم إلينا: an executive or an interviewee speaking for
    /// their company. It is the company in a speaker's title in this sentence (outside the verb's object) or the
    /// previous one, else the company the person last named is identified with, else the company the article is about.
    /// </summary>
    public string? SpeakerOrg(SentenceContext sentence, TriggerHit hit) =>
        sentence.Mentions.FirstOrDefault(m => m.IsOrg && m.Marker is Marker.RoleOf && (m.Last < hit.Start || m.First > hit.End + 8))?.Slug
        ?? previousTitleOrg
        ?? (LastPerson is { } person ? affiliation.GetValueOrDefault(person) : null)
        ?? TopicOrg;

    private void Affiliate(SentenceContext sentence, IReadOnlyList<MoveCandidate> moves)
    {
        var persons = sentence.Mentions.Where(m => m.IsPerson).Select(m => m.Slug).Distinct().ToList();
        var title = sentence.Mentions.FirstOrDefault(m => m.IsOrg && m.Marker is Marker.RoleOf)?.Slug;
        previousTitleOrg = title;
        if (persons.Count == 1 && title is not null)
        {
            affiliation[persons[0]] = title; // one person and one title in a sentence: the title is theirs
        }

        foreach (var move in moves.Where(m => m.Person is not null))
        {
            if (move.Type is MoveType.Join or MoveType.Found && move.To is not null)
            {
                affiliation[move.Person!] = move.To;
            }
            else if (move.Type is MoveType.Leave && affiliation.GetValueOrDefault(move.Person!) == move.From)
            {
                affiliation.Remove(move.Person!);
            }
        }
    }
}
