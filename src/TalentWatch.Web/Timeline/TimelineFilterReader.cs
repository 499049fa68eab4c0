using System.Globalization;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>
/// Reads the timeline's query parameters into a <see cref="TimelineFilter"/>, for the page and the feeds alike.
/// Unusable values are left out of the filter and reported, so the page can say so and a feed can ignore them.
/// </summary>
public static class TimelineFilterReader
{
    public const int MaxCompanies = 20;

    /// <summary>
    /// The days since/until may name. A day becomes UTC instants through the reader's time zone and a day is added to
    /// "until", so DateTime's own ends (0001-01-01, 9999-12-31) would overflow; news of the AI talent war lies well
    /// inside this range, and a bound outside it ("until=9999-12-31" for "no end") is reported and ignored, which
    /// leaves the list unbounded on that side, as meant.
    /// </summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(9000, 12, 31);

    public enum ProblemKind
    {
        UnknownType,
        UnknownLanguage,
        NotADate,
        DateOutOfRange,
    }

    /// <summary>What was wrong: the kind, the value as given and the parameter's name.</summary>
    public sealed record Problem(ProblemKind Kind, string Value, string Parameter);

    public static (TimelineFilter Filter, IReadOnlyList<Problem> Problems) Read(IQueryCollection query, PageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<Problem>();
        var type = Text(query["type"]);
        var lang = Text(query["lang"]);
        // Names only: Enum.TryParse would also accept "3" or "join,leave".
        var moveType = type is null ? null : Enum.GetValues<MoveType>().Cast<MoveType?>()
            .FirstOrDefault(t => string.Equals(t.ToString(), type, StringComparison.OrdinalIgnoreCase));
        if (type is not null && moveType is null)
        {
            problems.Add(new Problem(ProblemKind.UnknownType, type, "type"));
        }
        var language = lang is "ar" or "en" ? lang : null;
        if (lang is not null && language is null)
        {
            problems.Add(new Problem(ProblemKind.UnknownLanguage, lang, "lang"));
        }
        var filter = new TimelineFilter
        {
            Companies = [.. query["company"].OfType<string>().Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())
                .Distinct(StringComparer.Ordinal).Take(MaxCompanies)],
            Person = Text(query["person"]),
            Search = Text(query["q"]),
            Type = moveType,
            Language = language,
            Since = Date(query["since"], "since", problems),
            Until = Date(query["until"], "until", problems),
            IncludeIrrelevant = string.Equals(query["relevant"].ToString(), "all", StringComparison.OrdinalIgnoreCase),
            // A limit that is not a whole number (or is negative) means the default; a large one is capped.
            Limit = limits.Clamp(int.TryParse(query["limit"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : null),
        };
        return (filter, problems);
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();

    /// <summary>A YYYY-MM-DD day between <see cref="MinDate"/> and <see cref="MaxDate"/>; anything else is a problem and null.</summary>
    public static DateOnly? Date(Microsoft.Extensions.Primitives.StringValues value, string parameter, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = Text(value);
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new Problem(ProblemKind.NotADate, text, parameter));
            return null;
        }
        if (date < MinDate || date > MaxDate)
        {
            problems.Add(new Problem(ProblemKind.DateOutOfRange, text, parameter));
            return null;
        }
        return date;
    }

    /// <summary>The page's sentence for a problem, in the reader's language (the timeline and the flows page share it).</summary>
    public static string Describe(Problem problem, Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(localizer);
        return problem.Kind switch
        {
            ProblemKind.UnknownType => localizer["Unknown move type \"{0}\"; it was ignored.", problem.Value].Value,
            ProblemKind.UnknownLanguage => localizer["Unknown language \"{0}\"; it was ignored.", problem.Value].Value,
            ProblemKind.DateOutOfRange => localizer["\"{0}\" is outside the dates TalentWatch can search ({1} to {2}); {3} was ignored.",
                problem.Value, MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), problem.Parameter].Value,
            _ => localizer["\"{0}\" is not a date (YYYY-MM-DD); {1} was ignored.", problem.Value, problem.Parameter].Value,
        };
    }
}
