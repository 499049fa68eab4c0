namespace TalentWatch.Web.Timeline;

/// <summary>
/// Reads the timeline's query parameters into a <see cref="TimelineFilter"/>, for the page and the feeds alike.
/// Unusable values are left out of the filter and reported (<see cref="FilterValues"/>), so the page and the feed's
/// description can say so.
/// </summary>
public static class TimelineFilterReader
{
    public const int MaxCompanies = 20;

    public static (TimelineFilter Filter, IReadOnlyList<FilterProblem> Problems) Read(IQueryCollection query, PageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<FilterProblem>();
        var filter = new TimelineFilter
        {
            Companies = [.. query["company"].OfType<string>().Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())
                .Distinct(StringComparer.Ordinal).Take(MaxCompanies)],
            Person = string.IsNullOrWhiteSpace(query["person"]) ? null : query["person"].ToString().Trim(),
            Search = string.IsNullOrWhiteSpace(query["q"]) ? null : query["q"].ToString().Trim(),
            Type = FilterValues.Type(query["type"], problems),
            Language = FilterValues.Language(query["lang"], problems),
            Since = FilterValues.Date(query["since"], problems, "since"),
            Until = FilterValues.Date(query["until"], problems, "until"),
            IncludeIrrelevant = FilterValues.Relevant(query["relevant"], problems) == ArticleRelevance.All,
            Limit = FilterValues.Limit(query["limit"], limits, problems),
        };
        return (filter, problems);
    }
}
