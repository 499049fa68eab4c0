using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using TalentWatch.Storage;

namespace TalentWatch.Web.Hosting;

/// <summary>
/// Every setting that makes the app refuse to start when it is unusable (storage, time zone, limits), checked against
/// the text as written before any host is built, by the web app and by the verbs that build one (scrape, reprocess,
/// admin). Each bad value is one line naming the key and the value; sources are checked one by one later
/// (<see cref="ConfiguredSources"/>), because a bad source is skipped rather than fatal.
/// </summary>
/// <remarks>
/// A table over the raw text rather than IValidateOptions with ValidateOnStart, because: several of these settings are
/// read while the host is being built (the feed cache, the time zone, the scheduler switch), where the binder throws
/// before any validator runs; the binder fails on "abc" before validation could see the text to quote it; and
/// ValidateOnStart fires in IHost.StartAsync, which the verbs never call. Parsing is as strict as the binder's or
/// stricter, so a value that passes here always binds. A test keeps the table in step with ScraperOptions and
/// FetcherOptions.
/// </remarks>
public static class ConfigurationCheck
{
    private sealed record Rule(string Key, Func<string, string?> Problem);

    private static readonly Rule[] Rules =
    [
        Flag("TalentWatch:Scraper:Enabled"),
        Whole("TalentWatch:Scraper:PollSeconds", 1),
        Whole("TalentWatch:Scraper:MaxConcurrentSources", 1),
        Whole("TalentWatch:Scraper:MaxArticlesPerRun", 1),
        Whole("TalentWatch:Scraper:MaxListingPages", 1),
        Whole("TalentWatch:Scraper:MaxChildSitemaps", 1),
        Whole("TalentWatch:Scraper:MaxBackoffMinutes", 1),
        Whole("TalentWatch:Scraper:LeaseSeconds", 3),
        new("TalentWatch:Scraper:InstanceName", text => string.IsNullOrWhiteSpace(text) ? "is empty: leave it out to use the machine's name, or name this instance" : null),
        Flag("TalentWatch:Scraper:AllowPrivateNetworks"),
        Whole("TalentWatch:Scraper:PerHostDelayMs", 0),
        Whole("TalentWatch:Scraper:TimeoutSeconds", 1),
        Whole("TalentWatch:Scraper:MaxResponseBytes", 1, Array.MaxLength),
        Whole("TalentWatch:Scraper:MaxRedirects", 0),
        Flag("TalentWatch:Scraper:RespectRobotsTxt"),
        new("TalentWatch:Scraper:UserAgent", text => string.IsNullOrWhiteSpace(text) ? "is empty: it must name the product, e.g. \"TalentWatch/1.0 (+https://example.org)\"" : null),
        Whole("TalentWatch:Feeds:CacheSeconds", 0),
        Whole("TalentWatch:Search:MergeMinutes", 0),
        Whole(PageCacheSetup.SettingKey, 0),
        new(TalentWatch.Events.EventVisibility.SettingKey, text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
                ? null
                : "is not a number from 0 to 1 (e.g. 0.5)"),
        new(TalentWatch.Events.EventVisibility.PublicEventsKey, text =>
            TalentWatch.Events.EventVisibility.ParseConfirmedOnly(text) is null ? "is not all or confirmed" : null),
        Flag("TalentWatch:DefaultSources"),
        new("TalentWatch:TimeZone", text => string.IsNullOrWhiteSpace(text) || TimeZoneInfo.TryFindSystemTimeZoneById(text.Trim(), out _)
            ? null
            : "is not a time zone this system knows (an IANA id such as Asia/Riyadh, or a Windows id such as Arab Standard Time)"),
        new(DatabaseProviders.ConfigurationKey, text => DatabaseProviders.Parse(text) is null ? "is not sqlite or postgres" : null),
    ];

    private const string ConnectionStringKey = "ConnectionStrings:TalentWatch";

    private const string EndpointsKey = "TalentWatch:Scraper:AllowedPrivateEndpoints";

    /// <summary>The keys this check covers (a test compares them with the options classes).</summary>
    internal static IEnumerable<string> Keys => Rules.Select(r => r.Key).Append(EndpointsKey).Append(ConnectionStringKey);

    /// <summary>One line per unusable value: "Configuration error: KEY = "VALUE" is not ...".</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var rule in Rules)
        {
            if (configuration[rule.Key] is { } text && rule.Problem(text) is { } problem)
            {
                problems.Add(Line(rule.Key, text, problem));
            }
        }
        // The connection string is read the way the chosen provider reads it.
        var provider = DatabaseProviders.Parse(configuration[DatabaseProviders.ConfigurationKey]);
        var connectionString = configuration[ConnectionStringKey];
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            problems.Add(Line(ConnectionStringKey, connectionString ?? string.Empty,
                "is required with the postgres provider (e.g. \"Host=db.example;Database=talentwatch;Username=talentwatch;Password=...\")"));
        }
        else if (provider is { } chosen && connectionString is not null && ConnectionStringProblem(chosen, connectionString) is { } connectionProblem)
        {
            problems.Add(Line(ConnectionStringKey, connectionString, connectionProblem));
        }
        var endpoints = configuration.GetSection(EndpointsKey);
        if (!string.IsNullOrWhiteSpace(endpoints.Value) && !endpoints.GetChildren().Any())
        {
            // A single value is not a list to the binder: it would be dropped without a word. (Some providers give the
            // parent of a list an empty value, so only a real value counts.)
            problems.Add(Line(EndpointsKey, endpoints.Value, $"is one value, not a list: write {EndpointsKey}:0, :1 and so on"));
        }
        foreach (var endpoint in endpoints.GetChildren())
        {
            if (endpoint.Value is { } text && !(IPEndPoint.TryParse(text.Trim(), out var parsed) && parsed.Port != 0))
            {
                problems.Add(Line(endpoint.Path, text, "is not an ip:port endpoint such as 127.0.0.1:8080 or [::1]:8080"));
            }
        }
        return problems;
    }

    /// <summary>Writes every problem to <paramref name="error"/>; false when there was any (the caller exits with <see cref="ExitCodes.BadConfiguration"/>).</summary>
    public static bool Passes(IConfiguration configuration, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problems = Problems(configuration);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }
        return problems.Count == 0;
    }

    private static string Line(string key, string text, string problem) => $"Configuration error: {key} = \"{text}\" {problem}.";

    private static Rule Flag(string key) =>
        new(key, text => bool.TryParse(text, out _) ? null : "is not true or false");

    /// <summary>A whole number in range, parsed like the binder (invariant culture, sign and spaces allowed) or stricter.</summary>
    private static Rule Whole(string key, long min, long max = int.MaxValue) =>
        new(key, text => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? null
            : max == int.MaxValue
                ? $"is not a whole number ({min} or more)"
                : $"is not a whole number from {min} to {max}");

    private static string? ConnectionStringProblem(DatabaseProvider provider, string text)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            try
            {
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(text);
                return string.IsNullOrWhiteSpace(builder.Host) ? "names no server (write it like \"Host=db.example;Database=talentwatch;Username=...\")" : null;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
            {
                return $"is not a PostgreSQL connection string ({ex.Message})";
            }
        }
        try
        {
            return string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(text).DataSource)
                ? $"names no database file (write it like \"{DatabaseSetup.DefaultConnectionString}\")"
                : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return $"is not a SQLite connection string ({ex.Message})";
        }
    }
}
