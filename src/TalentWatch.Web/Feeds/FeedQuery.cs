using System.Globalization;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Feeds;

/// <summary>
/// The timeline's query parameters read into a <see cref="TimelineFilter"/> for feeds, with the feeds' own limits. A feed
/// reader sees no page: unusable values are left out and named in the feed's description.
/// </summary>
public static class FeedQuery
{

    public static (TimelineFilter Filter, IReadOnlyList<FilterProblem> Problems) Parse(IQueryCollection query) => TimelineFilterReader.Read(query, PageLimits.Feeds);

    /// <summary>The filter's canonical query string with the feed's own limit default (the cache key and self link).</summary>
    public static string Canonical(TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQueryString(withLimit: false);
        return filter.Limit == PageLimits.Feeds.Default
            ? query
            : $"{query}{(query.Length == 0 ? '?' : '&')}limit={filter.Limit.ToString(CultureInfo.InvariantCulture)}";
    }
}
