using System.Globalization;

namespace TalentWatch.Relevance;

/// <summary>Is the article about AI-talent moves? The score and the signals that fired, so the answer can be explained.</summary>
public sealed record RelevanceResult(double Score, bool Relevant, IReadOnlyList<string> Signals);

/// <summary>
/// An article is relevant when it is about AI (AI vocabulary) AND about talent (moves found, hiring vocabulary). Either alone is not enough: a car-sales story naming Musk, a football transfer and a coffee
/// chain's CEO hire all fail one side.
/// </summary>
public static class RelevanceScorer
{
    public const double Threshold = 0.35;

    private static readonly TermCounter AiTerms = new(RelevanceTerms.Ai);
    private static readonly TermCounter TalentTerms = new(RelevanceTerms.Talent);

    /// <param name="moves">Talent moves the move extractor found in the article.</param>
    public static RelevanceResult Score(string title, string text, int moves)
    {
        var signals = new List<string>();
        var ai = Weigh(AiTerms, title, text, "ai", signals) + Labs(title, text, signals);
        var talent = Weigh(TalentTerms, title, text, "talent", signals);
        if (moves > 0)
        {
            signals.Add(Invariant($"moves:{moves}"));
        }
        var aiSide = Saturate(ai, 4);
        var talentSide = Saturate(talent + 2.0 * Math.Min(moves, 3), 4);
        var score = Math.Round(aiSide * talentSide, 3);
        return new RelevanceResult(score, score >= Threshold, signals);
    }

    /// <summary>Title words count three times: a headline about hiring is a strong statement.</summary>
    private static double Weigh(TermCounter terms, string title, string text, string name, List<string> signals)
    {
        var inTitle = terms.Count(title);
        var inText = terms.Count(text);
        foreach (var (term, count) in inTitle)
        {
            signals.Add(Invariant($"{name}-title:{term}×{count}"));
        }
        foreach (var (term, count) in inText)
        {
            signals.Add(Invariant($"{name}:{term}×{count}"));
        }
        return 3.0 * inTitle.Values.Sum() + inText.Values.Sum();
    }

    private static readonly TermCounter LabTerms = new(RelevanceTerms.Labs.SelectMany(l => l.Split('|')));

    private static readonly Dictionary<string, int> LabOf = RelevanceTerms.Labs
        .SelectMany((line, i) => line.Split('|').Select(name => (Key: TermCounter.Key(name), Lab: i)))
        .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Lab, StringComparer.Ordinal);

    /// <summary>Different AI labs named in the article, counted once each, when there are at least two.</summary>
    private static int Labs(string title, string text, List<string> signals)
    {
        var labs = LabTerms.Count(title).Keys.Concat(LabTerms.Count(text).Keys)
            .Select(k => LabOf.TryGetValue(k, out var lab) ? lab : -1).Where(l => l >= 0).Distinct().Count();
        if (labs < 2)
        {
            return 0;
        }

        signals.Add(Invariant($"ai:labs×{labs}"));
        return labs;
    }

    private static double Saturate(double value, double full) => Math.Min(1.0, value / full);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
