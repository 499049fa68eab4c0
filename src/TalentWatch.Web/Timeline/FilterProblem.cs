using System.Globalization;

namespace TalentWatch.Web.Timeline;

public enum FilterProblemKind
{
    UnknownType,
    UnknownLanguage,
    UnknownRelevance,
    BadLimit,
    NotADate,
    DateOutOfRange,
    UnknownCompany,
    UnknownPerson,
}

/// <summary>
/// A filter value that could not be used: the kind, the value as given, the parameter, and what the parameter takes.
/// Pages name it in the reader's language and go on without it, feeds name it in their description, the API answers
/// 400 with <see cref="Detail"/>.
/// </summary>
public sealed record FilterProblem(FilterProblemKind Kind, string Value, string Parameter, string Expected = "")
{
    /// <summary>The largest value a limit takes (for <see cref="FilterProblemKind.BadLimit"/>).</summary>
    public int Max { get; init; }

    /// <summary>The English sentence: the API's problem detail and the feeds' description.</summary>
    public string Detail => Kind switch
    {
        FilterProblemKind.UnknownCompany => $"No company is named {Quoted}.",
        FilterProblemKind.UnknownPerson => $"No person is named {Quoted}.",
        _ => $"{Parameter} must be {Expected}, not {Quoted}.",
    };

    private string Quoted => Api.ApiQuery.Quote(Value);

    /// <summary>The page's sentence for the problem, in the reader's language (the timeline and the flows page share it).</summary>
    public string Describe(Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Kind switch
        {
            FilterProblemKind.UnknownType => localizer["Unknown move type \"{0}\"; it was ignored.", Value].Value,
            FilterProblemKind.UnknownLanguage => localizer["Unknown language \"{0}\"; it was ignored.", Value].Value,
            FilterProblemKind.UnknownRelevance => localizer["\"{0}\" is not a value of relevant (true or all); it was ignored.", Value].Value,
            FilterProblemKind.BadLimit => localizer["\"{0}\" is not a number of items from 1 to {1}; the usual number is shown.", Value, Max].Value,
            FilterProblemKind.UnknownCompany => localizer["No company is named \"{0}\".", Value].Value,
            FilterProblemKind.UnknownPerson => localizer["No person is named \"{0}\".", Value].Value,
            FilterProblemKind.DateOutOfRange => localizer["\"{0}\" is outside the dates TalentWatch can search ({1} to {2}); {3} was ignored.",
                Value, FilterValues.MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), FilterValues.MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Parameter].Value,
            _ => localizer["\"{0}\" is not a date (YYYY-MM-DD); {1} was ignored.", Value, Parameter].Value,
        };
    }

    public static string DateRange =>
        string.Create(CultureInfo.InvariantCulture, $"a date from {FilterValues.MinDate:yyyy-MM-dd} to {FilterValues.MaxDate:yyyy-MM-dd}");
}
