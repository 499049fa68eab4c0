using System.Globalization;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>Which articles a list shows by their relevance to the AI talent war.</summary>
public enum ArticleRelevance
{
    /// <summary>relevant=true: about AI talent (the default of pages, feeds and /api/events).</summary>
    OnTopic,

    /// <summary>relevant=all: every article (the default of /api/articles, an archive of what was fetched).</summary>
    All,

    /// <summary>relevant=false: only those judged not about AI talent (/api/articles).</summary>
    OffTopic,
}

/// <summary>
/// One reading of the values every surface takes (pages, feeds, the API): move types by name, language codes, the
/// relevance words, limits and days. A value that does not read is a <see cref="FilterProblem"/>, and the caller
/// decides what that means (a note on the page, a 400 from the API).
/// </summary>
public static class FilterValues
{
    /// <summary>
    /// The days since/until may name. A day becomes UTC instants through the reader's time zone and a day is added to
    /// "until", so DateTime's own ends would overflow; a bound outside this range is reported and ignored, which leaves
    /// the list unbounded on that side, as meant.
    /// </summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(9000, 12, 31);

    /// <summary>A move type by its name, any case (never a number or a list, which Enum.TryParse would take).</summary>
    public static MoveType? Type(string? text, List<FilterProblem> problems, string parameter = "type")
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Text(text) is not { } value)
        {
            return null;
        }
        var type = Enum.GetValues<MoveType>().Cast<MoveType?>().FirstOrDefault(t => string.Equals(t.ToString(), value, StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            problems.Add(new FilterProblem(FilterProblemKind.UnknownType, value, parameter,
                "one of " + string.Join(", ", Enum.GetValues<MoveType>().Select(t => t.ToString().ToLowerInvariant()))));
        }
        return type;
    }

    /// <summary>An ISO 639 code as articles store it (en, ar, de, und…), lowercased; anything else is a problem.</summary>
    public static string? Language(string? text, List<FilterProblem> problems, string parameter = "lang")
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Text(text) is not { } value)
        {
            return null;
        }
        if (value.Length is 2 or 3 && value.All(char.IsAsciiLetter))
        {
            return value.ToLowerInvariant();
        }
        problems.Add(new FilterProblem(FilterProblemKind.UnknownLanguage, value, parameter, "a language code such as en or ar"));
        return null;
    }

    /// <summary>true, all or (where the surface lists articles judged off-topic) false; any case.</summary>
    public static ArticleRelevance? Relevant(string? text, List<FilterProblem> problems, bool offTopicAllowed = false, string parameter = "relevant")
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Text(text) is not { } value)
        {
            return null;
        }
        ArticleRelevance? relevance = value.ToLowerInvariant() switch
        {
            "true" => ArticleRelevance.OnTopic,
            "all" => ArticleRelevance.All,
            "false" when offTopicAllowed => ArticleRelevance.OffTopic,
            _ => null,
        };
        if (relevance is null)
        {
            problems.Add(new FilterProblem(FilterProblemKind.UnknownRelevance, value, parameter,
                offTopicAllowed ? "true (about AI talent), false (not about it) or all" : "true (about AI talent) or all (every article)"));
        }
        return relevance;
    }

    /// <summary>A whole number from 1 to the list's maximum; absent means the default, anything else is a problem (and the default).</summary>
    public static int Limit(string? text, PageLimits limits, List<FilterProblem> problems, string parameter = "limit")
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(problems);
        if (Text(text) is not { } value)
        {
            return limits.Default;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= limits.Max)
        {
            return limit;
        }
        problems.Add(new FilterProblem(FilterProblemKind.BadLimit, value, parameter,
            string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {limits.Max}"))
        { Max = limits.Max });
        return limits.Default;
    }

    /// <summary>A YYYY-MM-DD day between <see cref="MinDate"/> and <see cref="MaxDate"/>; anything else is a problem and null.</summary>
    public static DateOnly? Date(string? text, List<FilterProblem> problems, string parameter)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Text(text) is not { } value)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new FilterProblem(FilterProblemKind.NotADate, value, parameter, "a date (YYYY-MM-DD)"));
            return null;
        }
        if (date < MinDate || date > MaxDate)
        {
            problems.Add(new FilterProblem(FilterProblemKind.DateOutOfRange, value, parameter, FilterProblem.DateRange));
            return null;
        }
        return date;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
