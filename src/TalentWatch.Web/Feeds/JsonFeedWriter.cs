using System.Text.Json;
using TalentWatch.Web.Api;

namespace TalentWatch.Web.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1): url is the TalentWatch page, external_url the original.</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static byte[] Write(FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new PooledBufferStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonText.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", FeedText.Clean(feed.Title));
            json.WriteString("description", FeedText.Clean(feed.Description));
            json.WriteString("home_page_url", FeedText.Clean(feed.HomeUrl));
            json.WriteString("feed_url", FeedText.Clean(feed.SelfUrl));
            if (!string.IsNullOrEmpty(feed.Language))
            {
                json.WriteString("language", FeedText.Clean(feed.Language));
            }
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", "TalentWatch");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                WriteItem(json, entry);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", FeedText.Clean(entry.Id));
        json.WriteString("url", FeedText.Clean(entry.TalentWatchLink));
        if (entry.Link != entry.TalentWatchLink)
        {
            json.WriteString("external_url", FeedText.Clean(entry.Link));
        }
        json.WriteString("title", FeedText.Clean(entry.Title));
        json.WriteString("content_html", FeedText.Clean(entry.ContentHtml));
        json.WriteString("summary", FeedText.Clean(entry.Summary));
        json.WriteString("date_published", FeedText.Rfc3339(entry.Published));
        json.WriteString("date_modified", FeedText.Rfc3339(entry.Updated));
        if (!string.IsNullOrWhiteSpace(FeedText.Clean(entry.Author)))
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", FeedText.Clean(entry.Author));
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (entry.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var category in entry.Categories)
            {
                json.WriteStringValue(FeedText.Clean(category));
            }
            json.WriteEndArray();
        }
        if (!string.IsNullOrEmpty(entry.Language))
        {
            json.WriteString("language", FeedText.Clean(entry.Language));
        }
        json.WriteEndObject();
    }
}
