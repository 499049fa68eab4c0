using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Feeds;

/// <summary>How long a rendered feed is reused (TalentWatch:Feeds:CacheSeconds, default 60; 0 turns the cache off).</summary>
public sealed record FeedCacheOptions(TimeSpan Duration);

/// <summary>
/// Serves one feed: renders it (or takes it from the memory cache, keyed by the normalised absolute URL and the
/// <see cref="PublishedChanges"/> generation, so a stored article is in the next request's feed), then answers
/// conditional requests with 304 so polling readers cost one cache lookup.
/// </summary>
public sealed class FeedEndpoint(FeedCacheOptions options, PublishedChanges changes, ReaderClock clock, EventVisibility visibility) : IDisposable
{
    /// <summary>
    /// What the rendered feeds may hold at once. Every filter combination is its own feed, so a crawler walking them
    /// could otherwise fill memory within one cache period; over the limit, the least recently used go first.
    /// </summary>
    private const long MaxCachedBytes = 64L * 1024 * 1024;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxCachedBytes });

    /// <summary>
    /// Renders run a core's worth at a time, the rest wait their turn in order. A render is all CPU and database, so
    /// more at once only interleave: 32 readers at once on two cores each took the time of all 32, some far longer
    /// (p99 about twice the median), and held 32 renders' buffers. In turn, each waits for those before it and no longer.
    /// </summary>
    private readonly SemaphoreSlim renderSlots = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<Rendered?>> inFlight = new(StringComparer.Ordinal);
    private long renders;
    private int activeRenders;
    private int peakRenders;

    private sealed record Rendered(byte[] Bytes, string ETag, DateTime? LastModified);

    public void Dispose()
    {
        cache.Dispose();
        renderSlots.Dispose();
    }

    public async Task<IResult> ServeAsync(HttpContext context, TalentWatchDb db, FeedFormat format, FeedScope scope, string? slug)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var (parsed, problems) = FeedQuery.Parse(request.Query);
        // The path already names the company or person; the same parameter in the query would only split the cache.
        var extra = scope switch
        {
            FeedScope.Company => parsed with { Companies = [] },
            FeedScope.Person => parsed with { Person = null },
            _ => parsed,
        };
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var self = origin + request.Path + FeedQuery.Canonical(extra);
        // Values the feed could not use are named in its description, so they are part of what was rendered.
        var key = FormattableString.Invariant($"feed:{changes.Generation}:{self}:{string.Join('|', problems.Select(p => p.Detail))}");
        if (!cache.TryGetValue(key, out Rendered? rendered) || rendered is null)
        {
            rendered = options.Duration > TimeSpan.Zero
                ? await RenderOnceAsync(key, () => RenderAsync(context, db, format, scope, slug, extra, problems, origin, self))
                : await RenderAsync(context, db, format, scope, slug, extra, problems, origin, self);
            if (rendered is null)
            {
                return Results.NotFound();
            }
        }
        return Respond(context, format, rendered);
    }

    /// <summary>How many feeds were rendered (not taken from the cache): what the tests of the cache count.</summary>
    internal long Renders => Interlocked.Read(ref renders);

    /// <summary>The most renders that ever ran at once: what the tests of the render slots check.</summary>
    internal int PeakRenders => Volatile.Read(ref peakRenders);

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One render per key at a time: when an entry runs out under load, the readers that ask meanwhile wait for that
    /// render instead of each starting their own (32 at once on a fresh database connection each made PostgreSQL's
    /// tail 10-30x its median). A reader whose renderer failed or gave up renders for itself.
    /// </summary>
    private async Task<Rendered?> RenderOnceAsync(string key, Func<Task<Rendered?>> render)
    {
        var mine = new TaskCompletionSource<Rendered?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = inFlight.GetOrAdd(key, mine.Task);
        if (running != mine.Task)
        {
            try
            {
                return await running;
            }
            catch (Exception ex) when (ex is OperationCanceledException || StorageFailure.IsStorageFailure(ex))
            {
                return await render();
            }
        }
        try
        {
            // A render that ended between this reader's cache miss and now has left its result in the cache.
            var rendered = cache.TryGetValue(key, out Rendered? ready) && ready is not null ? ready : await render();
            if (rendered is not null)
            {
                cache.Set(key, rendered, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Duration, Size = rendered.Bytes.Length });
            }
            mine.SetResult(rendered);
            return rendered;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            // Read here, so a failed render nobody waited for is not reported again as an unobserved task exception.
            _ = mine.Task.Exception;
            throw;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Task<Rendered?>>(key, mine.Task));
        }
    }

    /// <summary>The feed rendered for this request; null when the path names no such company or person.</summary>
    private async Task<Rendered?> RenderAsync(HttpContext context, TalentWatchDb db, FeedFormat format, FeedScope scope, string? slug, TimelineFilter extra,
        IReadOnlyList<FilterProblem> problems, string origin, string self)
    {
        Interlocked.Increment(ref renders);
        var filter = scope switch
        {
            FeedScope.Company => extra with { Companies = [slug!] },
            FeedScope.Person => extra with { Person = slug },
            FeedScope.Moves => extra with { EventsOnly = true },
            _ => extra,
        };
        var title = await TitleAsync(db, scope, slug, context.RequestAborted);
        if (title is null)
        {
            return null;
        }
        var home = scope switch
        {
            FeedScope.Company => $"{origin}/companies/{Uri.EscapeDataString(slug!)}",
            FeedScope.Person => $"{origin}/people/{Uri.EscapeDataString(slug!)}",
            _ => origin + "/" + filter.ToQueryString(withLimit: false),
        };
        return await RenderAsync(db, format, filter, problems, title, home, self, origin, context.RequestAborted);
    }

    private async Task<Rendered> RenderAsync(TalentWatchDb db, FeedFormat format, TimelineFilter filter, IReadOnlyList<FilterProblem> problems,
        string title, string home, string self, string origin, CancellationToken cancellationToken)
    {
        await renderSlots.WaitAsync(cancellationToken);
        var rendering = Interlocked.Increment(ref activeRenders);
        InterlockedMax(ref peakRenders, rendering);
        FeedItems.Loaded loaded;
        byte[] bytes;
        DateTime? newest;
        try
        {
            // One connection for the render's queries instead of an open, set-up and close around each of them.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                loaded = await FeedItems.LoadAsync(db, filter, clock, visibility, origin, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            var entries = loaded.Entries;
            newest = entries.Count == 0 ? null : entries.Max(e => e.Updated);
            var description = FeedDescription.Of(filter, [.. problems, .. loaded.Unknown], visibility.ConfirmedOnly);
            bytes = format.Write(new FeedDocument(title, description, home, self, filter.Language, newest ?? DateTime.UnixEpoch, entries));
        }
        finally
        {
            Interlocked.Decrement(ref activeRenders);
            renderSlots.Release();
        }
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
        return new Rendered(bytes, etag, newest);
    }

    private static IResult Respond(HttpContext context, FeedFormat format, Rendered rendered)
    {
        var request = context.Request.GetTypedHeaders();
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(rendered.ETag);
        // HTTP dates have whole seconds; compare at that precision or a feed would never be "not modified".
        var lastModified = rendered.LastModified is { } at ? new DateTimeOffset(FeedText.AsUtc(at)).AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond)) : (DateTimeOffset?)null;
        headers.LastModified = lastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) };
        var notModified = request.IfNoneMatch.Count > 0
            // RFC 9110: If-None-Match wins over If-Modified-Since, with weak comparison.
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(headers.ETag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
        return notModified
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(rendered.Bytes, format.ContentType);
    }

    private static async Task<string?> TitleAsync(TalentWatchDb db, FeedScope scope, string? slug, CancellationToken cancellationToken)
    {
        var kind = scope switch { FeedScope.Company => EntityKind.Org, FeedScope.Person => EntityKind.Person, _ => (EntityKind?)null };
        if (kind is null)
        {
            return scope == FeedScope.Moves ? "TalentWatch: talent moves" : "TalentWatch: the AI talent timeline";
        }
        var name = await db.Entities.AsNoTracking().Where(e => e.Slug == slug && e.Kind == kind).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null ? null : $"TalentWatch: {name}";
    }
}
