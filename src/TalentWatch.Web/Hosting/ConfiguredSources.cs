using System.Globalization;
using TalentWatch.Scraping;

namespace TalentWatch.Web.Hosting;

/// <summary>
/// TalentWatch:Sources read entry by entry, from the text as written. The configuration binder drops a whole list
/// entry it cannot bind (IntervalMinutes=often) without a word; here that entry comes back with its problem, so
/// start-up can skip just that source and say why.
/// </summary>
public static class ConfiguredSources
{
    public const string SectionKey = "TalentWatch:Sources";

    public static IReadOnlyList<ConfiguredSource> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // GetChildren orders numeric keys as numbers, so "the first entry" means the same as in the file.
        return [.. configuration.GetSection(SectionKey).GetChildren().Select(Read)];
    }

    private static ConfiguredSource Read(IConfigurationSection entry)
    {
        var options = new SourceOptions { Name = entry["Name"], Kind = entry["Kind"], Url = entry["Url"], LinkSelector = entry["LinkSelector"] };
        var interval = entry["IntervalMinutes"];
        if (string.IsNullOrWhiteSpace(interval))
        {
            return new ConfiguredSource(entry.Path, options);
        }
        if (!int.TryParse(interval, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes))
        {
            return new ConfiguredSource(entry.Path, options, SourceSync.IntervalProblem(interval));
        }
        options.IntervalMinutes = minutes;
        return new ConfiguredSource(entry.Path, options);
    }
}
