using System.Globalization;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves;

/// <summary>
/// Dates of moves: the date expression nearest the trigger in its clause (in 2015, عام 2015, July 2022, 14 مايو,
/// last year, الشهر الماضي); without one, a move reported now is dated by the article's month.
/// </summary>
internal static class MoveDates
{
    private enum RelativePhrase
    {
        LastYear,
        LastMonth,
        ThisYear,
    }

    /// <summary>Whether a date relative to the report ("last year", الشهر الماضي) starts at token <paramref name="i"/>.</summary>
    public static bool RelativePhraseAt(IReadOnlyList<MoveToken> tokens, int i) => RelativeAt(tokens, i, tokens.Count) is not null;

    // The two-word phrases of dates.txt's last-year, last-month and this-year lists, before end.
    private static RelativePhrase? RelativeAt(IReadOnlyList<MoveToken> tokens, int i, int end)
    {
        if (i + 1 >= end)
        {
            return null;
        }

        var pair = tokens[i].Norm + " " + tokens[i + 1].Norm;
        return MoveWords.LastYear.Contains(pair) ? RelativePhrase.LastYear
            : MoveWords.LastMonth.Contains(pair) ? RelativePhrase.LastMonth
            : MoveWords.ThisYear.Contains(pair) ? RelativePhrase.ThisYear
            : null;
    }

    /// <summary>
    /// The date expression nearest the trigger among those it owns in its clause ("After leaving Apple in 2020, he
    /// founded X": 2020 dates the departure); else the publication month.
    /// </summary>
    public static string? Find(SentenceContext sentence, TriggerHit hit, DateTimeOffset? publishedAt)
    {
        IReadOnlyList<MoveToken> tokens = sentence.Tokens;
        var clause = sentence.ClauseRange(hit.Start);
        var triggers = sentence.Triggers.Select(t => t.Start).Append(hit.Start).ToList();
        (int Distance, string Value)? best = null;
        for (var i = clause.Start; i < clause.End; i++)
        {
            var value = Read(tokens, i, clause.End, publishedAt);

            // "until 2027", حتى صيف 2027: an end date (a contract's term), not when the move happened.
            if (value is null || EndDate(tokens, i))
            {
                continue;
            }

            var distance = Math.Abs(i - hit.Start);
            if (Owner(tokens, i, clause, triggers) != hit.Start || Describes(tokens, i, hit))
            {
                continue;
            }

            if (best is null || distance < best.Value.Distance)
            {
                best = (distance, value);
            }
        }

        return best?.Value ?? (publishedAt is { } p ? p.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null);
    }

    // A date inside a description of a name dates what the description tells, not the move: a relative clause closed
    // before the verb ("X and Y, who opened OpenAI's Zurich office last year, made the same move"), or an apposition
    // after the object ("joined its Center for X, the group it opened last year:").
    private static bool Describes(IReadOnlyList<MoveToken> tokens, int date, TriggerHit hit)
    {
        static bool Comma(MoveToken token) => token.Norm is "," or "،";
        if (date < hit.Start)
        {
            // A relative pronoun before the date in its clause, and the clause closed by a comma before the verb.
            var closed = tokens.Skip(date + 1).Take(hit.Start - date - 1).Any(Comma);
            for (var r = date - 1; closed && r >= 0 && !Comma(tokens[r]); r--)
            {
                if (MoveWords.Relatives.Contains(tokens[r].Norm))
                {
                    return true;
                }
            }
            return false;
        }
        for (var c = hit.End; c < date; c++)
        {
            if (Comma(tokens[c]) && c + 1 < date && tokens[c + 1].Norm is "the" or "a" or "an")
            {
                return true;
            }
        }
        return false;
    }

    // A date follows the verb it dates in both languages (founded X in 2023, أسس ... عام 2023): it belongs to the
    // nearest trigger before it, or, opening the clause (In 2015, ...; وفي 2021 ...), to the first trigger after it.
    private static int Owner(IReadOnlyList<MoveToken> tokens, int date, (int Start, int End) clause, List<int> triggers)
    {
        var inClause = triggers.Where(t => t >= clause.Start && t < clause.End).ToList();
        var after = inClause.Where(t => t > date).DefaultIfEmpty(-1).Min();

        // "..., and in June Amazon hired", "، وفي 2021 التحقت": a date opening a new conjunct dates what follows it.
        if (after >= 0 && OpensConjunct(tokens, date))
        {
            return after;
        }

        var before = inClause.Where(t => t < date).DefaultIfEmpty(-1).Max();
        return before >= 0 ? before : after;
    }

    private static bool OpensConjunct(IReadOnlyList<MoveToken> tokens, int date)
    {
        var i = date - 1;
        if (i >= 0 && tokens[i].Norm is "in" or "on" or "since" or "عام" or "في" or "وفي")
        {
            if (tokens[i].Norm == "وفي")
            {
                return true;
            }

            i--;
        }

        return i >= 0 && tokens[i].Norm is "and" or "," or "،" or "و";
    }

    private static bool EndDate(IReadOnlyList<MoveToken> tokens, int date)
    {
        for (var i = date - 1; i >= Math.Max(0, date - 3); i--)
        {
            if (MoveWords.Until.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // A date expression starting at token i: a month (with day/year around it), a year, or "last year/month".
    private static string? Read(IReadOnlyList<MoveToken> tokens, int i, int end, DateTimeOffset? publishedAt)
    {
        var word = MoveWords.Months.ContainsKey(tokens[i].Norm) ? tokens[i].Norm : ArabicMorph.Split(tokens[i].Norm).Core;
        if (MoveWords.Months.TryGetValue(word, out var month))
        {
            var day = DayAround(tokens, i, end);
            var year = YearAfter(tokens, i, end);

            // "may" is usually the modal verb and "jan" a first name: a short form is a month only next to a day or a year,
            // or after a preposition of time ("left in May").
            if (char.IsAsciiLetter(word[0]) && word.Length <= 4 && word is not ("june" or "july") && day is null && year is null
                && !(i > 0 && MoveWords.MayDatePrepositions.Contains(tokens[i - 1].Norm)))
            {
                return null;
            }

            if (year is null && publishedAt is { } p)
            {
                // "in August" in an article of September means this year; in an article of March, last year.
                year = month <= p.Month ? p.Year : p.Year - 1;
            }

            if (year is null)
            {
                return null;
            }

            return day is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{d:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        if (IsYear(tokens[i].Norm, out var y) && (i == 0 || !MoveWords.Months.ContainsKey(tokens[i - 1].Norm)))
        {
            return y.ToString("D4", CultureInfo.InvariantCulture);
        }

        return publishedAt is { } published
            ? RelativeAt(tokens, i, end) switch
            {
                RelativePhrase.LastYear => (published.Year - 1).ToString("D4", CultureInfo.InvariantCulture),
                RelativePhrase.LastMonth => published.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                RelativePhrase.ThisYear => published.Year.ToString("D4", CultureInfo.InvariantCulture),
                _ => null,
            }
            : null;
    }

    private static int? DayAround(IReadOnlyList<MoveToken> tokens, int i, int end)
    {
        var next = i + 1 < end && tokens[i + 1].Norm == "." ? i + 2 : i + 1; // "Jan. 14"
        if (next < end && IsDay(tokens[next].Norm, out var after))
        {
            return after; // May 14
        }

        return i > 0 && IsDay(tokens[i - 1].Norm, out var before) ? before : null; // 14 مايو
    }

    private static int? YearAfter(IReadOnlyList<MoveToken> tokens, int i, int end)
    {
        // Skip a day, a comma and a parenthesised Levantine month name: "مايو (أيار) 2024", "May 14, 2024".
        for (var j = i + 1; j < Math.Min(end, i + 6); j++)
        {
            if (IsYear(tokens[j].Norm, out var year))
            {
                return year;
            }

            if (tokens[j].IsWord && !IsDay(tokens[j].Norm, out _) && !MoveWords.Months.ContainsKey(tokens[j].Norm))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1950 and <= 2099;

    private static bool IsDay(string word, out int day) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out day) && word.Length <= 2 && day is >= 1 and <= 31;
}
