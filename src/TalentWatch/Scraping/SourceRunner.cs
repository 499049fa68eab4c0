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
    ArticleClaims claims,
    StorageHealth storage,
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
        ConditionalHeaders? validators = null;
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
                await StoreArticlesAsync(db, source, discovered.Items, run, cancellationToken);
                var problems = new[] { discovered.Warning, run.Error }.Where(p => p is not null).ToList();
                run.Error = problems.Count > 0 ? string.Join(" ", problems) : null;
                run.Status = run.ItemsFailed > 0 || discovered.Warning is not null ? SourceStatus.Partial : SourceStatus.Ok;
                // The validators are the promise "you have everything this listing named": kept only when that is true,
                // so a run cut short (the per-run cap, a failed article, a crash) is followed by a full read, never a 304.
                if (run.ItemsLeft == 0 && run.ItemsFailed == 0 && discovered.Warning is null)
                {
                    validators = new ConditionalHeaders(discovered.Response.ETag, discovered.Response.LastModified);
                }
            }
        }
        catch (StorageFailureException ex)
        {
            run.Status = SourceStatus.Error;
            run.Error = ex.Message;
            ReportStorageFailure(ex.Message);
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
        await TryRecordAsync(db, source, run, validators, retryAfter);
        logger.Log(run.Status == SourceStatus.Error ? LogLevel.Warning : LogLevel.Information,
            "Source {Source} ({Url}) finished: {Status}, {Stored} stored of {Seen} seen, {Failed} failed, {Left} left for the next run in {DurationMs} ms{Error}",
            source.Name, source.Url, run.Status, run.ArticlesStored, run.ItemsSeen, run.ItemsFailed, run.ItemsLeft, clock.ElapsedMilliseconds,
            run.Error is null ? string.Empty : ": " + run.Error);
        return run;
    }

    private async Task StoreArticlesAsync(TalentWatchDb db, Source source, IReadOnlyList<FeedItem> items, ScrapeRun run, CancellationToken cancellationToken)
    {
        string? firstError = null;
        var fetched = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.ItemsSeen++;
            if (IsStored(db, item.Link))
            {
                continue;
            }
            // The cap counts pages fetched, not items listed: stories stored by an earlier run never use it up.
            if (fetched == options.MaxArticlesPerRun)
            {
                run.ItemsLeft++;
                continue;
            }
            var url = UrlCanonicalizer.Canonicalize(item.Link);
            if (!await claims.TryTakeAsync(db, url, cancellationToken))
            {
                // Another source's run (in this process or another) is fetching it; it is stored when this one runs again.
                logger.LogInformation("Article {Url} is being fetched for another source's run; left for the next run", item.Link);
                run.ItemsLeft++;
                continue;
            }
            try
            {
                // Another run may have stored it and dropped its claim since the check above.
                if (IsStored(db, item.Link))
                {
                    continue;
                }
                fetched++;
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
                // A saved article's rows leave the change tracker: kept, every later save of the run would compare them all
                // again (a run of 10,000 articles slowed to a dozen a second). Nothing later in the run reads them from it.
                db.ChangeTracker.Clear();
            }
            finally
            {
                await claims.TryReleaseAsync(db, url);
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
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A page that trips a bug in the extractor fails alone: the rest of the source's stories are still read.
            logger.LogError(ex, "Extracting {Url} failed", item.Link);
            return Failed(item, $"{item.Link}: extraction failed ({ex.GetType().Name})", clock);
        }
    }

    private (Article?, ArticlePage?, string?) Failed(FeedItem item, string error, Stopwatch clock, System.Net.HttpStatusCode? status = null)
    {
        logger.LogWarning("Article {Url} failed with {Status} after {DurationMs} ms: {Error}", item.Link, status is null ? "-" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), clock.ElapsedMilliseconds, error);
        return (null, null, error);
    }

    private async Task<bool> SaveAsync(TalentWatchDb db, Source source, Article article, ArticlePage page, CancellationToken cancellationToken)
    {
        article.SourceId = source.Id;
        article.Page = page;
        // Two tries: a concurrent run may store the same story, or create the same discovered entity, in between.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await analyzer.StoreAsync(db, article, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt == 1 && StorageFailure.IsConstraintViolation(ex))
            {
                logger.LogInformation("Saving article {Url} collided with a concurrent run ({Reason}); trying again", article.Url, ex.InnerException?.Message ?? ex.Message);
                db.ChangeTracker.Clear();
                article.Id = 0;
                page.ArticleId = 0;
            }
            catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
            {
                throw new StorageFailureException($"Storage error while saving {article.Url}: {StorageFailure.Describe(ex)}", ex);
            }
        }
    }

    private static bool IsStored(TalentWatchDb db, Uri link)
    {
        var canonical = UrlCanonicalizer.Canonicalize(link);
        return db.Articles.Any(a => a.Url == canonical);
    }

    private async Task TryRecordAsync(TalentWatchDb db, Source source, ScrapeRun run, ConditionalHeaders? validators, TimeSpan? retryAfter)
    {
        try
        {
            await RecordAsync(db, source, run, validators, retryAfter, CancellationToken.None);
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            // The run's outcome cannot be written either; the scheduler pauses on the reported failure instead.
            ReportStorageFailure($"Storage error while recording the run of {source.Name}: {StorageFailure.Describe(ex)}");
        }
    }

    private void ReportStorageFailure(string problem)
    {
        StorageFailure.ForgetPooledConnections();
        var until = storage.ReportFailure(problem);
        logger.LogError("Scraping paused until {Until:u}: {Problem}", until, problem);
    }

    private async Task RecordAsync(TalentWatchDb db, Source source, ScrapeRun run, ConditionalHeaders? validators, TimeSpan? retryAfter, CancellationToken cancellationToken)
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
            // Cleared when the run left something behind: the next read must not be answered with 304.
            fresh.ETag = validators?.ETag;
            fresh.LastModified = validators?.LastModified;
        }
        // "Run now" pressed while this run was under way (it sets the next run to the moment it was pressed) asked for
        // another run: keep that request. A next run still in the future is the schedule, which a direct run replaces.
        var requestedDuringRun = fresh.NextRunAt is { } requested && requested >= run.StartedAt && requested <= run.FinishedAt;
        if (!requestedDuringRun)
        {
            fresh.NextRunAt = run.ItemsLeft > 0 && run.Status != SourceStatus.Error
                ? Backoff.BacklogRun(run.FinishedAt)
                : Backoff.NextRun(run.FinishedAt, fresh.IntervalMinutes, fresh.ConsecutiveFailures, retryAfter, options.MaxBackoffMinutes);
        }
        db.ScrapeRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
