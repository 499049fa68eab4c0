using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TalentWatch.Fetching;

/// <summary>The one HttpClient for every outbound request: SSRF guard, robots.txt, per-host politeness, caps.</summary>
/// <remarks>Construct once and share: all members are thread-safe.</remarks>
public sealed class GuardedFetcher : IDisposable
{
    private const long RobotsMaxBytes = 512 * 1024; // RFC 9309 asks crawlers to parse at least 500 KiB
    private static readonly TimeSpan RobotsTtl = TimeSpan.FromHours(1);
    private static readonly TimeSpan RobotsFailureTtl = TimeSpan.FromMinutes(10);

    private readonly ILogger logger;
    private readonly TimeProvider time = TimeProvider.System;
    private readonly GuardedConnector connector;
    private readonly HttpClient client;
    private readonly HostGates gates;
    private readonly RobotsCache robots;
    private readonly bool respectRobots;
    private readonly string productToken;
    private readonly TimeSpan timeout;
    private readonly long maxBytes;
    private readonly int maxRedirects;

    public GuardedFetcher(FetcherOptions options, ILogger<GuardedFetcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // Copy the settings: options is a mutable bag and this instance is shared across threads.
        this.logger = logger ?? NullLogger<GuardedFetcher>.Instance;
        respectRobots = options.RespectRobotsTxt;
        productToken = options.ProductToken();
        timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        maxBytes = options.MaxResponseBytes;
        maxRedirects = options.MaxRedirects;
        connector = new GuardedConnector(options.AllowPrivateNetworks, options.PrivateEndpoints());
        gates = new HostGates(TimeSpan.FromMilliseconds(options.PerHostDelayMs), time);
        robots = new RobotsCache(LoadRobotsAsync, time);

        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand so every hop gets the scheme, robots and politeness checks.
            AllowAutoRedirect = false,
            // Adds Accept-Encoding: gzip, deflate, br; the size cap is applied to the decompressed stream.
            AutomaticDecompression = DecompressionMethods.All,
            // A proxy would make the connect callback see the proxy, not the destination.
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = connector.ConnectAsync,
            ConnectTimeout = timeout,
            // Recycle connections so DNS changes are picked up (and re-vetted) on long-running instances.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation(
            "Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /// <summary>GET with redirects followed; Elapsed covers the whole call, politeness waits included.</summary>
    /// <param name="probe">A guess (a common feed address tried during detection): its failure is expected and logged at
    /// Debug, not as a warning an operator would have to look into.</param>
    /// <exception cref="FetchException">Blocked, robots, redirects, size, timeout, network, or a non-2xx/304 status.</exception>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    public async Task<FetchResult> GetAsync(Uri url, ConditionalHeaders? conditional = null, bool probe = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"Only absolute URLs can be fetched, not \"{url}\".", nameof(url));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await FollowRedirectsAsync(url, conditional, respectRobots, maxBytes, LogLevel.Information, cancellationToken);
            return result with { Elapsed = Stopwatch.GetElapsedTime(started) };
        }
        catch (FetchException ex)
        {
            logger.Log(probe ? LogLevel.Debug : LogLevel.Warning,
                "Fetch of {Url} failed ({Failure}, {Status}) after {DurationMs} ms: {Reason}",
                url, ex.Failure, (int?)ex.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
            throw;
        }
    }

    /// <summary>
    /// The sitemaps a site's robots.txt announces, resolved against it (http and https only). Read from the same
    /// cached, guarded robots.txt fetch that vets every request, so asking costs no request when the site was just
    /// fetched; an unreadable robots.txt announces nothing.
    /// </summary>
    public async Task<IReadOnlyList<Uri>> GetAnnouncedSitemapsAsync(Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!site.IsAbsoluteUri || (site.Scheme != Uri.UriSchemeHttp && site.Scheme != Uri.UriSchemeHttps))
        {
            return [];
        }

        var rules = await robots.GetRulesAsync(site, cancellationToken);
        var robotsUrl = new Uri(site, "/robots.txt");
        return [.. rules.Sitemaps
            .Select(s => Uri.TryCreate(robotsUrl, s, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null)
            .OfType<Uri>()];
    }

    public void Dispose()
    {
        client.Dispose();
        gates.Dispose();
    }

    private async Task<FetchResult> FollowRedirectsAsync(
        Uri requested, ConditionalHeaders? conditional, bool checkRobots, long maxBytes, LogLevel level, CancellationToken cancellationToken)
    {
        var current = requested;
        for (var redirects = 0; ; redirects++)
        {
            CheckDestination(current, requested);
            if (checkRobots && !(await robots.GetRulesAsync(current, cancellationToken)).IsAllowed(current))
            {
                throw FetchFailures.RobotsDisallowed(current, requested, productToken);
            }

            var (result, location) = await ExchangeAsync(current, requested, conditional, maxBytes, level, cancellationToken);
            if (result is not null)
            {
                return result with { RequestedUrl = requested };
            }

            if (redirects >= maxRedirects)
            {
                throw FetchFailures.TooManyRedirects(requested, maxRedirects, location);
            }

            current = location!;
        }
    }

    /// <summary>One request under the host's gate: either a final result or the next URL to follow.</summary>
    private async Task<(FetchResult? Result, Uri? Location)> ExchangeAsync(
        Uri url, Uri requested, ConditionalHeaders? conditional, long maxBytes, LogLevel level, CancellationToken cancellationToken)
    {
        using var lease = await gates.EnterAsync(url.IdnHost, cancellationToken);

        // One deadline for connect, headers and body, so a server dripping bytes cannot hold us forever.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (conditional?.ETag is { Length: > 0 } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (conditional?.LastModified is { Length: > 0 } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location
                    ?? throw FetchFailures.RedirectWithoutLocation(url, requested, response.StatusCode);
                var target = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (logger.IsEnabled(level))
                {
                    logger.Log(level, "GET {Url} {Status} in {DurationMs} ms, redirect to {Location}", url, status, ElapsedMs(started), target);
                }

                return (null, target);
            }

            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotModified)
            {
                var retryAfter = ResponseReader.RetryAfter(response, time.GetUtcNow());
                throw FetchFailures.Status(url, requested, response.StatusCode, response.ReasonPhrase, retryAfter);
            }

            var body = response.StatusCode == HttpStatusCode.NotModified
                ? []
                : await ResponseReader.ReadCappedAsync(response.Content, maxBytes, deadline.Token)
                    ?? throw FetchFailures.TooLarge(url, requested, maxBytes);
            if (logger.IsEnabled(level))
            {
                logger.Log(level, "GET {Url} {Status} in {DurationMs} ms, {Bytes} bytes", url, status, ElapsedMs(started), body.Length);
            }

            return (new FetchResult(
                url,
                url,
                response.StatusCode,
                body,
                ResponseReader.Raw(response.Content.Headers.NonValidated, "Content-Type"),
                ResponseReader.Raw(response.Headers.NonValidated, "ETag"),
                ResponseReader.Raw(response.Content.Headers.NonValidated, "Last-Modified"),
                Stopwatch.GetElapsedTime(started)), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            throw FetchFailures.Timeout(url, requested, timeout, ex);
        }
        catch (HttpRequestException ex) when (FindInner<AddressBlockedException>(ex) is { } blocked)
        {
            throw FetchFailures.Blocked(url, requested, blocked.Explanation, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw FetchFailures.Network(url, requested, ex);
        }
    }

    private async Task<RobotsVerdict> LoadRobotsAsync(Uri robotsUrl)
    {
        var now = time.GetUtcNow();
        try
        {
            // Not tied to any caller's token: the result is shared; the per-exchange timeout bounds it.
            var result = await FollowRedirectsAsync(robotsUrl, null, checkRobots: false, RobotsMaxBytes, LogLevel.Debug, CancellationToken.None);
            var rules = RobotsRules.Parse(result.DecodeText(), productToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("robots.txt {Url}: {Rules} rules for {Agent}", robotsUrl, rules.RuleCount, productToken);
            }

            return new RobotsVerdict(rules, now + RobotsTtl);
        }
        catch (FetchException ex) when (ex.StatusCode is { } code && (int)code is >= 400 and < 500 && code != HttpStatusCode.TooManyRequests)
        {
            // Common practice (and RFC 9309): an unavailable robots.txt (404, 403, ...) places no restrictions.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("robots.txt {Url} answered {Status}; allowing all", robotsUrl, (int)code);
            }

            return new RobotsVerdict(RobotsRules.AllowAll, now + RobotsTtl);
        }
        catch (FetchException ex)
        {
            // Unreachable or erroring: allow rather than stall every source on that host, but retry sooner.
            // A blocked host stays blocked: the page request itself is refused with its own message.
            var level = ex.Failure == FetchFailure.Blocked ? LogLevel.Debug : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                logger.Log(level, "robots.txt {Url} unavailable ({Failure}); allowing all for now: {Reason}", robotsUrl, ex.Failure, ex.Message);
            }

            return new RobotsVerdict(RobotsRules.AllowAll, now + RobotsFailureTtl);
        }
    }

    /// <summary>Scheme check, and an early refusal for IP literals (the connect callback still checks every connection).</summary>
    private void CheckDestination(Uri url, Uri requested)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw FetchFailures.UnsupportedScheme(url, requested);
        }

        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(url.IdnHost.TrimStart('[').TrimEnd(']'), out var address)
            && connector.Refusal(address, url.Port) is { } reason)
        {
            throw FetchFailures.Blocked(url, requested, $"{address} is {reason}");
        }
    }

    private static T? FindInner<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
