using TalentWatch.Entities;
using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>One sentence ready for argument resolution: tokens, clause ids, mentions with markers, triggers.</summary>
internal sealed class SentenceContext
{
    public required Sentence Sentence { get; init; }

    /// <summary>The title or body the sentence was cut from.</summary>
    public required string Text { get; init; }

    public required List<MoveToken> Tokens { get; init; }

    /// <summary>Clause number of each token.</summary>
    public required int[] Clause { get; init; }

    public required List<MentionSpan> Mentions { get; init; }

    public required List<TriggerHit> Triggers { get; init; }

    public required MoveLanguage Language { get; init; }

    public string Evidence => Text.Substring(Sentence.Start, Sentence.Length);

    public static SentenceContext Build(string text, Sentence sentence, IReadOnlyList<EntityMention> mentions, MoveLanguage language)
    {
        var tokens = MoveTokenizer.Tokenize(text, sentence);
        var spans = MentionPlacer.Place(text, tokens, sentence, mentions);
        var inMention = new bool[tokens.Count];
        foreach (var span in spans)
        {
            Array.Fill(inMention, true, span.First, span.Last - span.First + 1);
        }

        var triggers = TriggerMatcher.Find(tokens, inMention, language);

        // Markers are searched back from a name up to another name or a trigger.
        var blocked = (bool[])inMention.Clone();
        foreach (var hit in triggers)
        {
            Array.Fill(blocked, true, hit.Start, hit.End - hit.Start);
        }

        MarkerClassifier.Classify(new MarkerScan(text, tokens, spans, language, blocked));
        return new SentenceContext
        {
            Sentence = sentence,
            Text = text,
            Tokens = tokens,
            Clause = ClauseNumbers.Of(tokens),
            Mentions = spans,
            Triggers = triggers,
            Language = language,
        };
    }

    /// <summary>Token range [start, end) of the clause containing token <paramref name="index"/>.</summary>
    public (int Start, int End) ClauseRange(int index)
    {
        var id = Clause[index];
        var start = index;
        while (start > 0 && Clause[start - 1] == id)
        {
            start--;
        }

        var end = index;
        while (end < Clause.Length && Clause[end] == id)
        {
            end++;
        }

        return (start, end);
    }

    public bool AnyWordIn(IReadOnlySet<string> words, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, Tokens.Count); i++)
        {
            if (ArabicMorph.InSet(words, Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words in [start, end), leaving out quotation marks and brackets («هيوماين» is one word from its verb).</summary>
    public List<string> WordsBetween(int start, int end) =>
        [.. Tokens.Skip(Math.Max(0, start)).Take(Math.Max(0, Math.Min(end, Tokens.Count) - start)).Where(t => t.IsWord).Select(t => t.Norm)];

    /// <summary>The first company named before token <paramref name="index"/> with no marker: the sentence's subject company.</summary>
    public MentionSpan? SubjectOrgBefore(int index) => Mentions.FirstOrDefault(m => m.IsOrg && m.Last < index && m.Marker is Marker.None);

    /// <summary>
    /// A staff noun in [start, end) joined by a conjunction to what precedes it ("and some employees of Acme",
    /// "إلى جانب عدد من أعضاء فريق"): staff moving along with named people. A staff word inside a title
    /// ("head of the safety team") has no conjunction before it.
    /// </summary>
    public bool ConjoinedStaff(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, Tokens.Count); i++)
        {
            if (!ArabicMorph.InSet(MoveWords.Staff, Tokens[i].Norm))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                if (MoveWords.StaffConjunctions.Contains(Tokens[j].Norm) || (Language.AttachedClitics && j == i - 1 && Tokens[j].Norm.StartsWith('و')))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
