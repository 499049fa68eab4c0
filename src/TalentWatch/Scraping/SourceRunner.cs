using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentWatch.Analysis;
using TalentWatch.Entities;
using TalentWatch.Extraction;
using TalentWatch.Feeds;
using TalentWatch.Fetching;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// Runs one source end to end: discover links, fetch each new article page, extract, store, and record the
/// outcome on the source. A failing article never stops the others; a failing source never throws.
/// </summary>
public sealed class SourceRunner(
    IDbContextFactory<TalentWatchDb> dbFactory,
    GuardedFetcher fetcher,
    ScraperOptions options,
    ArticleAnalyzer analyzer,
    TimeProvider time,
    ILogger<SourceRunner> logger)
{
    private readonly SourceDiscovery discovery = new(fetcher, options);

    public async Task<ScrapeRun> RunAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Source"] = source.Name, ["SourceId"] = source.Id });
        var run = new ScrapeRun { SourceId = source.Id, StartedAt = time.GetUtcNow().UtcDateTime };
        var clock = Stopwatch.StartNew();
        TimeSpan? retryAfter = null;
        try
        {
            var discovered = await discovery.DiscoverAsync(source, link => IsStored(db, link), cancellationToken);
            if (discovered.IsNotModified)
            {
                run.Status = SourceStatus.NotModified;
            }
            else if (discovered.Error is not null)
            {
                run.Status = SourceStatus.Error;
                run.Error = discovered.Error;
            }
            else
            {
                source.ETag = discovered.Response.ETag;
                source.LastModified = discovered.Response.LastModified;
                await StoreArticlesAsync(db, source, discovered.Items, run, cancellationToken);
                var problems = new[] { discovered.Warning, run.Error }.Where(p => p is not null).ToList();
                run.Error = problems.Count > 0 ? string.Join(" ", problems) : null;
                run.Status = run.ItemsFailed > 0 || discovered.Warning is not null ? SourceStatus.Partial : SourceStatus.Ok;
            }
        }
        catch (FetchException ex)
        {
            run.Status = SourceStatus.Error;
            run.Error = ex.Message;
            retryAfter = ex.RetryAfter;
        }
        catch (HtmlTooComplexException ex)
        {
            run.Status = SourceStatus.Error;
            run.Error = $"The listing page {source.Url} could not be parsed: {ex.Message}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Anything unforeseen is this source's problem alone: record it and let the others run.
            logger.LogError(ex, "Source {Source} failed unexpectedly", source.Name);
            run.Status = SourceStatus.Error;
            run.Error = $"Unexpected error: {ex.Message}";
        }
        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        await RecordAsync(db, source, run, retryAfter, CancellationToken.None);
        logger.Log(run.Status == SourceStatus.Error ? LogLevel.Warning : LogLevel.Information,
            "Source {Source} ({Url}) finished: {Status}, {Stored} stored of {Seen} seen, {Failed} failed in {DurationMs} ms{Error}",
            source.Name, source.Url, run.Status, run.ArticlesStored, run.ItemsSeen, run.ItemsFailed, clock.ElapsedMilliseconds,
            run.Error is null ? string.Empty : ": " + run.Error);
        return run;
    }

    private async Task StoreArticlesAsync(TalentWatchDb db, Source source, IReadOnlyList<FeedItem> items, ScrapeRun run, CancellationToken cancellationToken)
    {
        string? firstError = null;
        foreach (var item in items.Take(options.MaxArticlesPerRun))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.ItemsSeen++;
            if (IsStored(db, item.Link))
            {
                continue;
            }
            var outcome = await FetchArticleAsync(item, cancellationToken);
            if (outcome.Error is not null)
            {
                run.ItemsFailed++;
                firstError ??= outcome.Error;
                continue;
            }
            if (await SaveAsync(db, source, outcome.Article!, outcome.Page!, cancellationToken))
            {
                run.ArticlesStored++;
            }
        }
        if (run.ItemsFailed > 0)
        {
            run.Error = $"{run.ItemsFailed} of {run.ItemsSeen} articles failed; first: {firstError}";
        }
    }

    private async Task<(Article? Article, ArticlePage? Page, string? Error)> FetchArticleAsync(FeedItem item, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await fetcher.GetAsync(item.Link, cancellationToken: cancellationToken);
            if (response.ContentType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return Failed(item, $"{item.Link} is {type}, not an HTML page", clock);
            }
            var html = response.DecodeText();
            var extracted = ArticleExtractor.Extract(html, response.FinalUrl, new FeedHints(item.Title, item.PublishedAt, item.Author, item.Language));
            if (extracted.Paragraphs.Count == 0 || string.IsNullOrWhiteSpace(extracted.Title))
            {
                return Failed(item, $"{item.Link}: no article text found on the page", clock);
            }
            logger.LogInformation("Fetched {Url} {Status} in {DurationMs} ms ({Bytes} bytes)", item.Link, (int)response.StatusCode, clock.ElapsedMilliseconds, response.Body.Length);
            var now = time.GetUtcNow().UtcDateTime;
            var article = ArticleRecord.Create(extracted, now);
            var page = new ArticlePage { FetchedUrl = response.FinalUrl.AbsoluteUri, ContentType = response.ContentType, HtmlGzip = HtmlArchive.Compress(html) };
            return (article, page, null);
        }
        catch (FetchException ex)
        {
            return Failed(item, ex.Message, clock, ex.StatusCode);
        }
        catch (HtmlTooComplexException ex)
        {
            return Failed(item, $"{item.Link}: {ex.Message}", clock);
        }
    }

    private (Article?, ArticlePage?, string?) Failed(FeedItem item, string error, Stopwatch clock, System.Net.HttpStatusCode? status = null)
    {
        logger.LogWarning("Article {Url} failed with {Status} after {DurationMs} ms: {Error}", item.Link, status is null ? "-" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), clock.ElapsedMilliseconds, error);
        return (null, null, error);
    }

    private async Task<bool> SaveAsync(TalentWatchDb db, Source source, Article article, ArticlePage page, CancellationToken cancellationToken)
    {
        // Two tries: a concurrent run may store the same story, or create the same discovered entity, in between.
        for (var attempt = 1; ; attempt++)
        {
            // The page's canonical URL can differ from the feed link: the same story seen twice stays one row.
            if (await db.Articles.AnyAsync(a => a.Url == article.Url, cancellationToken))
            {
                return false;
            }
            article.SourceId = source.Id;
            article.Page = page;
            await analyzer.AnalyzeAsync(db, article, cancellationToken);
            db.Articles.Add(article);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await ArticleAnalyzer.LinkEventsAsync(db, article, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException ex) when (attempt == 1)
            {
                logger.LogInformation(ex, "Saving article {Url} collided with a concurrent run; trying again", article.Url);
                db.ChangeTracker.Clear();
                article.Id = 0;
                page.ArticleId = 0;
            }
        }
    }

    private static bool IsStored(TalentWatchDb db, Uri link)
    {
        var canonical = UrlCanonicalizer.Canonicalize(link);
        return db.Articles.Any(a => a.Url == canonical);
    }

    private async Task RecordAsync(TalentWatchDb db, Source source, ScrapeRun run, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var fresh = await db.Sources.SingleOrDefaultAsync(s => s.Id == source.Id, cancellationToken);
        if (fresh is null)
        {
            return; // deleted while running
        }
        fresh.ConsecutiveFailures = run.Status == SourceStatus.Error ? fresh.ConsecutiveFailures + 1 : 0;
        fresh.LastRunAt = run.FinishedAt;
        fresh.LastStatus = run.Status;
        fresh.LastError = run.Error;
        fresh.LastRunArticles = run.ArticlesStored;
        if (run.Status != SourceStatus.Error && run.Status != SourceStatus.NotModified)
        {
            fresh.ETag = source.ETag;
            fresh.LastModified = source.LastModified;
        }
        // "Run now" pressed while this run was under way asked for another run: keep that request instead of the schedule.
        var requestedDuringRun = fresh.NextRunAt is { } requested && requested >= run.StartedAt;
        if (!requestedDuringRun)
        {
            fresh.NextRunAt = Backoff.NextRun(run.FinishedAt, fresh.IntervalMinutes, fresh.ConsecutiveFailures, retryAfter, options.MaxBackoffMinutes);
        }
        db.ScrapeRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
