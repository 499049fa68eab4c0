using Microsoft.AspNetCore.Http.Extensions;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>The timeline's query parameters: combinable, bookmarkable, and the same ones the feed links carry.</summary>
public sealed record TimelineFilter
{
    public IReadOnlyList<string> Companies { get; init; } = [];
    public string? Person { get; init; }

    /// <summary>Words every article must contain (full-text search, as on the search page); events count when a report does.</summary>
    public string? Search { get; init; }
    public MoveType? Type { get; init; }
    public string? Language { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public bool IncludeIrrelevant { get; init; }
    public int Limit { get; init; } = PageLimits.Timeline.Default;

    /// <summary>Moves only, no articles (the /moves feeds); not a page parameter, so not in the query string.</summary>
    public bool EventsOnly { get; init; }

    public bool IsEmpty => Companies.Count == 0 && Person is null && Search is null && Type is null && Language is null && Since is null && Until is null;

    /// <summary>The filter as a query string (with an optional cursor), in one canonical order.</summary>
    public string ToQueryString(string? cursor = null, bool withLimit = true)
    {
        var query = new QueryBuilder();
        foreach (var company in Companies)
        {
            query.Add("company", company);
        }
        AddIf(query, "person", Person);
        AddIf(query, "q", Search);
        AddIf(query, "type", Type?.ToString().ToLowerInvariant());
        AddIf(query, "lang", Language);
        AddIf(query, "since", Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        AddIf(query, "until", Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        AddIf(query, "relevant", IncludeIrrelevant ? "all" : null);
        AddIf(query, "limit", withLimit && Limit != PageLimits.Timeline.Default ? Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        AddIf(query, "cursor", cursor);
        return query.ToQueryString().Value ?? string.Empty;
    }

    private static void AddIf(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
    }
}
