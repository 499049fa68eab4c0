using System.Net;
using System.Text;
using TalentWatch.Events;
using TalentWatch.Storage;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Feeds;

/// <summary>Timeline items (through <see cref="TimelineQuery"/>, so feeds and pages never disagree) as feed entries.</summary>
public static class FeedItems
{
    // Stable per event and per article whatever the host or filter: a second report updates, never repeats.
    public const string IdPrefix = "tag:talentwatch,2024:";

    /// <param name="Unknown">Company and person values that name no entity.</param>
    public sealed record Loaded(IReadOnlyList<FeedEntry> Entries, IReadOnlyList<FilterProblem> Unknown);

    public static async Task<Loaded> LoadAsync(TalentWatchDb db, TimelineFilter filter, ReaderClock clock, EventVisibility visibility, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var page = await TimelineQuery.LoadAsync(db, filter, null, clock, visibility, cancellationToken, withLeads: true);
        var arabic = filter.Language == "ar";
        return new Loaded([.. page.Items.Select(item => item.Event is { } e
            ? EventEntry(e, arabic, origin)
            : ArticleEntry(item.Article!, origin))], page.Unknown);
    }

    private static FeedEntry EventEntry(EventRow e, bool arabic, string origin)
    {
        var evidence = e.Evidence;
        var title = arabic
            ? EventSentence.DescribeArabic(e.Type, e.Person?.DisplayName(true), e.From?.DisplayName(true), e.To?.DisplayName(true))
            : EventSentence.Describe(e.Type, e.Person?.Name, e.From?.Name, e.To?.Name);
        var sources = e.Sources.Select(s => new FeedSource(s.Title, s.Url, $"{origin}/articles/{s.ArticleId}", s.SourceName, s.SortAt)).ToList();
        var first = sources.FirstOrDefault();
        var details = string.Join(" · ", new[] { e.Role, e.Date }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(title)).Append("</p>");
        if (!string.IsNullOrWhiteSpace(evidence))
        {
            html.Append(FeedText.Quote(evidence));
        }
        if (details.Length > 0)
        {
            html.Append("<p>").Append(Encode(details)).Append("</p>");
        }
        if (e.CheckedByEditors)
        {
            html.Append(arabic ? "<p dir=\"rtl\">✓ راجعه محرر.</p>" : "<p>✓ Checked by an editor.</p>");
        }
        html.Append("<ul>");
        foreach (var s in sources)
        {
            html.Append("<li><a href=\"").Append(Encode(s.Url)).Append("\">").Append(Encode(s.Title)).Append("</a> (")
                .Append(Encode(s.SourceName)).Append(", ").Append(FeedText.Rfc3339(s.At)[..10]).Append(") · <a href=\"")
                .Append(Encode(s.TalentWatchUrl)).Append("\">TalentWatch</a></li>");
        }
        html.Append("</ul>");
        var summary = string.Join(" — ", new[] { evidence, details }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new FeedEntry(
            Id: $"{IdPrefix}event/{e.Id}",
            Title: title,
            Link: first?.Url ?? origin + "/",
            TalentWatchLink: first?.TalentWatchUrl ?? origin + "/",
            Summary: summary.Length > 0 ? FeedText.Summary(summary) : title,
            ContentHtml: html.ToString(),
            Author: null,
            // The catalog name in every feed and language, so a reader's tag for an entity is one tag.
            Categories: [.. new[] { e.Person, e.From, e.To }.OfType<EntityChip>().Select(c => c.Name).Append(e.TypeName)],
            Language: arabic ? "ar" : null,
            Published: FeedText.AsUtc(e.FirstReportedAt),
            Updated: FeedText.AsUtc(e.LatestReportedAt),
            Sources: sources);
    }

    private static FeedEntry ArticleEntry(ArticleRow a, string origin)
    {
        var talentWatch = $"{origin}/articles/{a.Id}";
        var summary = FeedText.Summary(a.Lead);
        var dir = a.IsArabic ? " dir=\"rtl\"" : string.Empty;
        var html = new StringBuilder()
            .Append("<p lang=\"").Append(Encode(a.Language)).Append('"').Append(dir).Append('>').Append(Encode(summary)).Append("</p>")
            .Append("<p><a href=\"").Append(Encode(a.Url)).Append("\">").Append(Encode(a.SourceName)).Append("</a> · <a href=\"")
            .Append(Encode(talentWatch)).Append("\">TalentWatch</a></p>");
        return new FeedEntry(
            Id: $"{IdPrefix}article/{a.Id}",
            Title: a.Title,
            Link: a.Url,
            TalentWatchLink: talentWatch,
            Summary: summary,
            ContentHtml: html.ToString(),
            Author: a.Author,
            Categories: [.. a.Chips.Select(c => c.Name)],
            Language: a.Language,
            Published: FeedText.AsUtc(a.SortAt),
            Updated: FeedText.AsUtc(a.SortAt),
            Sources: [new FeedSource(a.Title, a.Url, talentWatch, a.SourceName, a.SortAt)]);
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
