using System.Globalization;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Feeds;

/// <summary>
/// A feed's description: what it holds, by its filter, and which of the values it was given it could not use. A reader
/// subscribed to "?company=Tesal" learns from the feed itself why it stays empty.
/// </summary>
public static class FeedDescription
{
    /// <param name="confirmedOnly">The install shows only moves an editor confirmed (TalentWatch:Moves:PublicEvents).</param>
    public static string Of(TimelineFilter filter, IReadOnlyList<FilterProblem> problems, bool confirmedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(problems);
        var parts = new List<string>();
        if (filter.Companies.Count > 0)
        {
            parts.Add("companies " + string.Join(", ", filter.Companies));
        }
        if (filter.Person is { } person)
        {
            parts.Add("person " + person);
        }
        if (filter.Search is { } search)
        {
            parts.Add($"search \"{search}\"");
        }
        if (filter.Type is { } type)
        {
            parts.Add("type " + type.ToString().ToLowerInvariant());
        }
        if (filter.Language is { } language)
        {
            parts.Add("language " + language);
        }
        if (filter.Since is { } since)
        {
            parts.Add("since " + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (filter.Until is { } until)
        {
            parts.Add("until " + until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (filter.IncludeIrrelevant)
        {
            parts.Add("also articles not about AI talent");
        }
        var what = filter.EventsOnly ? "Talent moves" : "Talent moves and AI-talent news";
        var description = parts.Count == 0 ? what + ", newest first." : $"{what} ({string.Join("; ", parts)}), newest first.";
        description += confirmedOnly
            ? " Only moves an editor has confirmed."
            : " Moves as extracted, checked or not by an editor (rejected ones left out).";
        return problems.Count == 0 ? description : $"{description} Not understood: {string.Join(" ", problems.Select(p => p.Detail))}";
    }
}
