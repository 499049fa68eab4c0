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

    private sealed record Rendered(byte[] Bytes, string ETag, DateTime? LastModified);

    public void Dispose() => cache.Dispose();

    public async Task<IResult> ServeAsync(HttpContext context, TalentWatchDb db, FeedFormat format, FeedScope scope, string? slug)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var parsed = FeedQuery.Parse(request.Query);
        // The path already names the company or person; the same parameter in the query would only split the cache.
        var extra = scope switch
        {
            FeedScope.Company => parsed with { Companies = [] },
            FeedScope.Person => parsed with { Person = null },
            _ => parsed,
        };
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var self = origin + request.Path + FeedQuery.Canonical(extra);
        var key = FormattableString.Invariant($"feed:{changes.Generation}:{self}");
        if (!cache.TryGetValue(key, out Rendered? rendered) || rendered is null)
        {
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
                return Results.NotFound();
            }
            var home = scope switch
            {
                FeedScope.Company => $"{origin}/companies/{Uri.EscapeDataString(slug!)}",
                FeedScope.Person => $"{origin}/people/{Uri.EscapeDataString(slug!)}",
                _ => origin + "/" + filter.ToQueryString(withLimit: false),
            };
            rendered = await RenderAsync(db, format, filter, title, home, self, origin, context.RequestAborted);
            if (options.Duration > TimeSpan.Zero)
            {
                cache.Set(key, rendered, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Duration, Size = rendered.Bytes.Length });
            }
        }
        return Respond(context, format, rendered);
    }

    private async Task<Rendered> RenderAsync(TalentWatchDb db, FeedFormat format, TimelineFilter filter, string title, string home, string self, string origin, CancellationToken cancellationToken)
    {
        // One connection for the render's queries instead of an open, set-up and close around each of them.
        await db.Database.OpenConnectionAsync(cancellationToken);
        IReadOnlyList<FeedEntry> entries;
        try
        {
            entries = await FeedItems.LoadAsync(db, filter, clock, visibility, origin, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        DateTime? newest = entries.Count == 0 ? null : entries.Max(e => e.Updated);
        var document = new FeedDocument(title, Describe(filter), home, self, filter.Language, newest ?? DateTime.UnixEpoch, entries);
        var bytes = format.Write(document);
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

    private static string Describe(TimelineFilter filter)
    {
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
        var what = filter.EventsOnly ? "Talent moves" : "Talent moves and AI-talent news";
        return parts.Count == 0 ? what + ", newest first." : $"{what} ({string.Join("; ", parts)}), newest first.";
    }
}
