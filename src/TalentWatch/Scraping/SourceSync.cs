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

    public static async Task SyncAsync(TalentWatchDb db, IReadOnlyList<SourceOptions> configured, DateTime now, ILogger logger, bool addDefaults = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(configured);
        var deleted = await db.DeletedSources.AsNoTracking().ToDictionaryAsync(d => d.Url, d => d.DeletedAt, cancellationToken);
        var wanted = new List<Source>();
        foreach (var (entry, index) in configured.Select((s, i) => (s, i)))
        {
            if (TryCreate(entry, now, out var source, out var problem))
            {
                wanted.Add(source);
            }
            else
            {
                logger.LogError("Configuration TalentWatch:Sources:{Index} ignored: {Problem}", index, problem);
            }
        }
        if (addDefaults && wanted.Count == 0 && configured.Count == 0 && !await db.Sources.AnyAsync(cancellationToken))
        {
            wanted.AddRange(Defaults(now).Where(d => !deleted.ContainsKey(d.Url)));
            if (wanted.Count > 0)
            {
                logger.LogInformation("No sources configured: adding {Count} curated default sources", wanted.Count);
            }
        }
        foreach (var source in wanted)
        {
            var existing = await db.Sources.SingleOrDefaultAsync(s => s.Url == source.Url, cancellationToken);
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

    public static bool TryCreate(SourceOptions entry, DateTime now, out Source source, out string problem)
    {
        ArgumentNullException.ThrowIfNull(entry);
        source = null!;
        if (!Uri.TryCreate(entry.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            problem = $"Url \"{entry.Url}\" is not an absolute http or https URL.";
            return false;
        }
        if (!Enum.TryParse<SourceKind>(entry.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            problem = $"Kind \"{entry.Kind}\" is not one of rss, atom, sitemap, html.";
            return false;
        }
        source = new Source
        {
            Name = string.IsNullOrWhiteSpace(entry.Name) ? url.Host : entry.Name.Trim(),
            Kind = kind,
            Url = url.AbsoluteUri,
            LinkSelector = string.IsNullOrWhiteSpace(entry.LinkSelector) ? null : entry.LinkSelector.Trim(),
            IntervalMinutes = entry.IntervalMinutes is > 0 ? entry.IntervalMinutes.Value : 30,
            CreatedAt = now,
        };
        problem = string.Empty;
        return true;
    }

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
