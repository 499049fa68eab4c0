using TalentWatch.Entities;
using TalentWatch.Moves.Frames;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>
/// Reads talent moves from an article: sentences → triggers (per-language lexicons) → modality → argument roles
/// from the entity mentions around each trigger → dates → one move per scoring key, keeping the best evidence.
/// </summary>
public static class MoveExtractor
{
    /// <param name="unitParents">Units of companies (unit slug to parent slug): their moves are the parent's (UnitCredit).</param>
    public static IReadOnlyList<ExtractedMove> Extract(
        string title, string text, string language, DateTimeOffset? publishedAt, IReadOnlyList<EntityMention> mentions,
        IReadOnlyDictionary<string, string>? unitParents = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var moveLanguage = MoveLanguage.Of(language);
        // The frames read mentions left to right; callers may pass catalog and discovered mentions one list after the other.
        IReadOnlyList<EntityMention> ordered = [.. mentions.OrderByDescending(m => m.InTitle).ThenBy(m => m.Start)];
        var moves = new List<ExtractedMove>();
        var discourse = new DiscourseState();
        foreach (var (source, sentence) in SentenceSplitter.Split(title, inTitle: true).Select(s => (title, s))
                     .Concat(SentenceSplitter.Split(text, inTitle: false).Select(s => (text, s))))
        {
            var context = SentenceContext.Build(source, sentence, ordered, moveLanguage);
            var read = FromSentence(context, discourse);
            var candidates = read.Where(Valid).ToList();
            discourse.After(context, candidates, read.LastOrDefault(c => c.Type is MoveType.Join or MoveType.Poach && c.To is not null)?.To);
            moves.AddRange(candidates.Select(c => ToMove(context, c, publishedAt)));
        }

        return MoveDeduplicator.Deduplicate(unitParents is null ? moves : UnitCredit.Apply(moves, unitParents, mentions));
    }

    /// <summary>Every move the sentence tells, including those that lack slots of their key (a hire of unnamed people).</summary>
    private static List<MoveCandidate> FromSentence(SentenceContext s, DiscourseState discourse)
    {
        var candidates = new List<MoveCandidate>();
        var retains = new List<TriggerSite>();
        foreach (var hit in s.Triggers)
        {
            var site = new TriggerSite(s, hit, ModalityReader.Read(s, hit), discourse);
            if (hit.Trigger.Frame == TriggerFrame.Retains)
            {
                retains.Add(site);
                continue;
            }

            candidates.AddRange(MoveResolver.Resolve(site));
        }

        foreach (var site in retains)
        {
            // Retention answers the poaching told in the same clause (raised pay after OpenAI's attempts to poach).
            var clause = s.Clause[site.Hit.Start];
            var poaches = candidates.Where(c => c.Type == MoveType.Poach && s.Clause[c.Hit.Start] == clause).ToList();
            candidates.AddRange(RetentionFrame.Resolve(site, poaches));
        }

        return UnitParents.Credit(s, ArrivalLists.Expand(s, PersonLists.Expand(s, candidates), discourse), discourse);
    }

    // A move needs the slots its key is made of, and a company does not move to or from itself.
    private static bool Valid(MoveCandidate c) => MoveKey.Of(c.Type, c.Person, c.From, c.To).IsComplete && c.To != c.From;

    private static ExtractedMove ToMove(SentenceContext s, MoveCandidate c, DateTimeOffset? publishedAt)
    {
        var date = MoveDates.Find(s, c.Hit, publishedAt);
        var from = c.From == c.To ? null : c.From;
        var role = c.Type is MoveType.Join or MoveType.Found ? RoleReader.Find(s, c.Hit) : null;
        return new ExtractedMove(c.Type, c.Person, from, c.To, role, date, s.Evidence, s.Sentence.Start, Math.Round(Math.Clamp(c.Confidence, 0, 1), 3));
    }
}
