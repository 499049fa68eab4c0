using System.Globalization;
using TalentWatch.Moves;
using TalentWatch.Web.Pages.Timeline;

namespace TalentWatch.Web.Feeds;

/// <summary>
/// The timeline's query parameters read into a <see cref="TimelineFilter"/> for feeds. The page model binds and
/// reports problems to the reader; a feed reader sees no page, so unusable values are simply ignored here.
/// </summary>
public static class FeedQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    private const int MaxCompanies = 20;

    public static TimelineFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var type = query["type"].ToString();
        var lang = query["lang"].ToString();
        return new TimelineFilter
        {
            Companies = [.. query["company"].OfType<string>().Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())
                .Distinct(StringComparer.Ordinal).Take(MaxCompanies)],
            Person = Text(query["person"].ToString()),
            // Names only: Enum.TryParse would also accept "3" or "join,leave".
            Type = Enum.GetValues<MoveType>().Cast<MoveType?>()
                .FirstOrDefault(t => string.Equals(t.ToString(), type, StringComparison.OrdinalIgnoreCase)),
            Language = lang is "ar" or "en" ? lang : null,
            Since = Date(query["since"].ToString()),
            Until = Date(query["until"].ToString()),
            IncludeIrrelevant = string.Equals(query["relevant"].ToString(), "all", StringComparison.OrdinalIgnoreCase),
            Limit = int.TryParse(query["limit"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                ? Math.Clamp(limit, 1, MaxLimit) : DefaultLimit,
        };
    }

    /// <summary>The filter's canonical query string with the feed's own limit default (the cache key and self link).</summary>
    public static string Canonical(TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQueryString(withLimit: false);
        return filter.Limit == DefaultLimit
            ? query
            : $"{query}{(query.Length == 0 ? '?' : '&')}limit={filter.Limit.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
