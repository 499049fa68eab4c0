using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Analysis;
using TalentWatch.Extraction;
using TalentWatch.Storage;

namespace TalentWatch.Demo;

/// <summary>
/// A few invented articles in both languages (Demo/demo-articles.json, written for TalentWatch) so a new install can be
/// seen working without internet. They go through the same extraction, tagging and move analysis as scraped pages,
/// under a disabled source whose name says what they are, at URLs of the reserved .invalid domain, with "Demo:" in
/// each title; <see cref="RemoveAsync"/> takes all of it out again.
/// </summary>
public static class DemoSample
{
    public const string SourceName = "TalentWatch demo (invented sample articles)";
    public const string Origin = "https://demo.talentwatch.invalid/";

    private sealed record SampleArticle(string Slug, string Language, DateTimeOffset Published, string Author, string Title, IReadOnlyList<string> Paragraphs);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How many sample articles ship.</summary>
    public static int Count => Load().Count;

    /// <summary>Stores the sample articles not stored yet; returns how many were added.</summary>
    public static async Task<int> LoadAsync(TalentWatchDb db, ArticleAnalyzer analyzer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(analyzer);
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Url == Origin, cancellationToken);
        if (source is null)
        {
            // Disabled: the scheduler never fetches it (the domain does not exist), and the admin page shows it as such.
            source = new Source { Name = SourceName, Kind = SourceKind.Html, Url = Origin, Enabled = false, CreatedAt = nowUtc, LastStatus = SourceStatus.Ok, LastRunAt = nowUtc };
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
        }
        var added = 0;
        foreach (var sample in Load())
        {
            var url = new Uri(Origin + sample.Slug);
            var html = Page(sample);
            var article = ArticleRecord.Create(ArticleExtractor.Extract(html, url), nowUtc);
            article.SourceId = source.Id;
            article.Page = new ArticlePage { FetchedUrl = url.AbsoluteUri, ContentType = "text/html; charset=utf-8", HtmlGzip = HtmlArchive.Compress(html) };
            if (await analyzer.StoreAsync(db, article, cancellationToken))
            {
                added++;
            }
            db.ChangeTracker.Clear();
        }
        return added;
    }

    /// <summary>Removes the sample articles (their mentions, moves and events with them), the demo source and the names only they introduced.</summary>
    public static async Task<int> RemoveAsync(TalentWatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Articles.Where(a => a.Url.StartsWith(Origin)).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => !e.Moves.Any()).ExecuteDeleteAsync(cancellationToken);
        await db.Entities.Where(e => !e.Confirmed && e.DiscoveredInArticleUrl != null && e.DiscoveredInArticleUrl.StartsWith(Origin) && e.ArticleCount == 0)
            .ExecuteDeleteAsync(cancellationToken);
        await db.Sources.Where(s => s.Url == Origin).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>The sample as a news site would serve it: title, byline, date and paragraphs in an article element.</summary>
    private static string Page(SampleArticle sample)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var rtl = sample.Language == "ar";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(sample.Language).Append("\" dir=\"").Append(rtl ? "rtl" : "ltr").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(sample.Title)).Append("</title><meta name=\"author\" content=\"").Append(E(sample.Author)).Append("\"></head><body><article><h1>")
            .Append(E(sample.Title)).Append("</h1><p class=\"byline\">").Append(E(sample.Author)).Append("</p><time datetime=\"")
            .Append(sample.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)).Append("\"></time>");
        foreach (var paragraph in sample.Paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>");
        }
        return html.Append("</article></body></html>").ToString();
    }

    private static List<SampleArticle> Load()
    {
        using var stream = typeof(DemoSample).Assembly.GetManifestResourceStream("TalentWatch.Demo.demo-articles.json")
            ?? throw new InvalidOperationException("demo-articles.json is not embedded.");
        return JsonSerializer.Deserialize<List<SampleArticle>>(stream, Json) ?? [];
    }
}
