using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>
/// A strict check of JSON Feed 1.1 (https://jsonfeed.org/version/1.1): required members, member types, absolute
/// URLs, RFC 3339 dates, and no unknown member unless it is an extension (leading underscore), as the spec allows.
/// There is no JSON Schema validator package here, so the schema is written out as code.
/// </summary>
public static partial class JsonFeedSchema
{
    private static readonly HashSet<string> FeedMembers = ["version", "title", "home_page_url", "feed_url", "description", "user_comment",
        "next_url", "icon", "favicon", "authors", "author", "language", "expired", "hubs", "items"];

    private static readonly HashSet<string> ItemMembers = ["id", "url", "external_url", "title", "content_html", "content_text", "summary",
        "image", "banner_image", "date_published", "date_modified", "authors", "author", "tags", "language", "attachments"];

    private static readonly string[] FeedUrls = ["home_page_url", "feed_url", "next_url", "icon", "favicon"];
    private static readonly string[] ItemUrls = ["url", "external_url", "image", "banner_image"];

    public static IReadOnlyList<string> Validate(JsonElement feed)
    {
        var errors = new List<string>();
        if (feed.ValueKind != JsonValueKind.Object)
        {
            return ["the feed is not a JSON object"];
        }
        Unknown(feed, FeedMembers, "feed", errors);
        if (String(feed, "version", "feed", errors, required: true) != "https://jsonfeed.org/version/1.1")
        {
            errors.Add("feed.version must be https://jsonfeed.org/version/1.1");
        }
        if (string.IsNullOrWhiteSpace(String(feed, "title", "feed", errors, required: true)))
        {
            errors.Add("feed.title must not be empty");
        }
        foreach (var name in FeedUrls)
        {
            Url(feed, name, "feed", errors);
        }
        String(feed, "description", "feed", errors);
        String(feed, "language", "feed", errors);
        Authors(feed, "feed", errors);
        if (!feed.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            errors.Add("feed.items is required and must be an array");
            return errors;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var where = $"items[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{where} is not an object");
                continue;
            }
            Unknown(item, ItemMembers, where, errors);
            var id = String(item, "id", where, errors, required: true);
            if (string.IsNullOrEmpty(id) || !ids.Add(id))
            {
                errors.Add($"{where}.id must be a non-empty string, unique in the feed");
            }
            var html = String(item, "content_html", where, errors);
            var text = String(item, "content_text", where, errors);
            if (html is null && text is null)
            {
                errors.Add($"{where} needs content_html or content_text");
            }
            foreach (var name in ItemUrls)
            {
                Url(item, name, where, errors);
            }
            String(item, "title", where, errors);
            String(item, "summary", where, errors);
            String(item, "language", where, errors);
            Date(item, "date_published", where, errors);
            Date(item, "date_modified", where, errors);
            Authors(item, where, errors);
            if (item.TryGetProperty("tags", out var tags) && (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
            {
                errors.Add($"{where}.tags must be an array of strings");
            }
        }
        return errors;
    }

    private static void Unknown(JsonElement element, HashSet<string> known, string where, List<string> errors) =>
        errors.AddRange(element.EnumerateObject().Where(p => !known.Contains(p.Name) && !p.Name.StartsWith('_')).Select(p => $"{where}.{p.Name} is not a JSON Feed 1.1 member"));

    private static string? String(JsonElement element, string name, string where, List<string> errors, bool required = false)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                errors.Add($"{where}.{name} is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{where}.{name} must be a string");
            return null;
        }
        return value.GetString();
    }

    private static void Url(JsonElement element, string name, string where, List<string> errors)
    {
        if (String(element, name, where, errors) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"))
        {
            errors.Add($"{where}.{name} must be an absolute http(s) URL: {url}");
        }
    }

    private static void Date(JsonElement element, string name, string where, List<string> errors)
    {
        if (String(element, name, where, errors) is { } date
            && (!Rfc3339().IsMatch(date) || !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            errors.Add($"{where}.{name} is not an RFC 3339 date: {date}");
        }
    }

    private static void Authors(JsonElement element, string where, List<string> errors)
    {
        if (!element.TryGetProperty("authors", out var authors))
        {
            return;
        }
        if (authors.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{where}.authors must be an array");
            return;
        }
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object || !author.EnumerateObject().Any(p => p.Name is "name" or "url" or "avatar" && p.Value.ValueKind == JsonValueKind.String))
            {
                errors.Add($"{where}.authors[] needs a name, url or avatar string");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
