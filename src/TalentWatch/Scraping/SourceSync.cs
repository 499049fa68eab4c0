using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// Start-up: configured sources are upserted by URL (their run state kept). A fresh install with neither
/// configured nor stored sources gets the curated defaults, so the first run already brings news, unless
/// <c>addDefaults</c> is off (TalentWatch:DefaultSources=false: an instance that only reads what its admin adds).
/// A URL an administrator deleted (DeletedSources) is not added back from either: deleting it in the admin page sticks.
/// </summary>
public static class SourceSync
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>How often a configured source may be read: at most every minute, at least once a week.</summary>
    public const int MinIntervalMinutes = 1;
    public const int MaxIntervalMinutes = 7 * 24 * 60;

    public static async Task SyncAsync(TalentWatchDb db, IReadOnlyList<ConfiguredSource> configured, DateTime now, ILogger logger, bool addDefaults = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(configured);
        var deleted = await db.DeletedSources.AsNoTracking().ToDictionaryAsync(d => d.Url, d => d.DeletedAt, cancellationToken);
        var wanted = Wanted(configured, now, logger);
        if (addDefaults && wanted.Count == 0 && configured.Count == 0 && !await db.Sources.AnyAsync(cancellationToken))
        {
            wanted.AddRange(Defaults(now).Where(d => !deleted.ContainsKey(d.Url)));
            if (wanted.Count > 0)
            {
                logger.LogInformation("No sources configured: adding {Count} curated default sources", wanted.Count);
            }
        }
        var stored = await db.Sources.ToListAsync(cancellationToken);
        foreach (var source in wanted)
        {
            var existing = Stored(stored, source.Url);
            if (existing is null)
            {
                if (deleted.TryGetValue(source.Url, out var deletedAt))
                {
                    logger.LogInformation(
                        "Configured source {Url} is not restored: an administrator deleted it on {DeletedAt:u}; add it again at /admin/sources/add to bring it back",
                        source.Url, deletedAt);
                    continue;
                }
                db.Sources.Add(source);
                continue;
            }
            existing.Name = source.Name;
            existing.Kind = source.Kind;
            existing.LinkSelector = source.LinkSelector;
            existing.IntervalMinutes = source.IntervalMinutes;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The configured sources that can be used, one per canonical URL: an unusable entry is skipped with one line
    /// naming its key and value, and a second entry for the same URL is dropped with a warning naming both keys (the
    /// first one listed is kept, so the result does not depend on which of the two the database saw first).
    /// </summary>
    private static List<Source> Wanted(IReadOnlyList<ConfiguredSource> configured, DateTime now, ILogger logger)
    {
        var wanted = new List<Source>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in configured)
        {
            var problem = entry.Problem;
            if (problem is not null || !TryCreate(entry.Options, now, out var source, out problem))
            {
                logger.LogError("Configuration error: {Key}:{Problem}; that source is skipped.", entry.Key, problem);
                continue;
            }
            if (keys.TryGetValue(source.Url, out var first))
            {
                logger.LogWarning(
                    "Configuration warning: {Key}:Url = \"{Written}\" is the same address as {First}:Url ({Url}); this later entry is ignored, one source is kept.",
                    entry.Key, entry.Options.Url?.Trim(), first, source.Url);
                continue;
            }
            keys.Add(source.Url, entry.Key);
            wanted.Add(source);
        }
        return wanted;
    }

    /// <summary>The stored source at this canonical URL; one stored before URLs were canonical (say with a #fragment) counts too.</summary>
    private static Source? Stored(List<Source> stored, string url) =>
        stored.Find(s => s.Url == url)
        ?? stored.Find(s => SourceUrl.TryParse(s.Url, out var canonical) && canonical.AbsoluteUri == url);

    /// <summary>A source from a configured entry; the problem names the setting under the entry's key and its value.</summary>
    public static bool TryCreate(SourceOptions entry, DateTime now, out Source source, out string problem)
    {
        ArgumentNullException.ThrowIfNull(entry);
        source = null!;
        if (!SourceUrl.TryParse(entry.Url, out var url))
        {
            problem = $"Url = \"{entry.Url}\" is not an absolute http or https URL";
            return false;
        }
        if (!Enum.TryParse<SourceKind>(entry.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            problem = $"Kind = \"{entry.Kind}\" is not one of rss, atom, sitemap, html";
            return false;
        }
        if (entry.IntervalMinutes is { } minutes && minutes is < MinIntervalMinutes or > MaxIntervalMinutes)
        {
            problem = IntervalProblem(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }
        source = new Source
        {
            Name = string.IsNullOrWhiteSpace(entry.Name) ? url.Host : entry.Name.Trim(),
            Kind = kind,
            Url = url.AbsoluteUri,
            LinkSelector = string.IsNullOrWhiteSpace(entry.LinkSelector) ? null : entry.LinkSelector.Trim(),
            IntervalMinutes = entry.IntervalMinutes ?? 30,
            CreatedAt = now,
        };
        problem = string.Empty;
        return true;
    }

    /// <summary>The one wording for an unusable interval, whether it was not a number ("often") or out of range ("-5").</summary>
    public static string IntervalProblem(string written) =>
        $"IntervalMinutes = \"{written}\" is not a whole number of minutes from {MinIntervalMinutes} to {MaxIntervalMinutes}";

    private static IEnumerable<Source> Defaults(DateTime now)
    {
        using var stream = typeof(SourceSync).Assembly.GetManifestResourceStream("TalentWatch.Scraping.default-sources.json")
            ?? throw new InvalidOperationException("default-sources.json is not embedded.");
        var entries = JsonSerializer.Deserialize<List<SourceOptions>>(stream, JsonOptions) ?? [];
        foreach (var entry in entries)
        {
            if (TryCreate(entry, now, out var source, out _))
            {
                yield return source;
            }
        }
    }
}
