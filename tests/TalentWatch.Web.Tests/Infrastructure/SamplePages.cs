using System.Net;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>Realistic article pages and feeds for the local news sites of the tests.</summary>
public static class SamplePages
{
    public static string Article(string title, DateTimeOffset published, string[] paragraphs, string lang = "en", string? canonical = null, string author = "Dana Reporter")
    {
        var e = (Func<string, string>)WebUtility.HtmlEncode;
        var body = string.Concat(paragraphs.Select(p => $"<p>{e(p)}</p>\n"));
        var canonicalLink = canonical is null ? string.Empty : $"<link rel=\"canonical\" href=\"{e(canonical)}\">";
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}" dir="{(lang == "ar" ? "rtl" : "ltr")}"><head><meta charset="utf-8">
            <title>{e(title)} | Example News</title>{canonicalLink}
            <meta property="article:published_time" content="{published:yyyy-MM-ddTHH:mm:sszzz}">
            <meta name="author" content="{e(author)}">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/ai/">AI</a> <a href="/markets/">Markets</a></nav></header>
            <main><article><h1>{e(title)}</h1><p class="byline">By {e(author)}</p>
            {body}
            </article>
            <aside class="related"><h3>Most read</h3><ul><li><a href="/x/">Another story entirely</a></li></ul></aside></main>
            <footer>© Example News. All rights reserved.</footer>
            </body></html>
            """;
    }

    public static string Paragraphs(string topic) =>
        $"{topic} is the story of the week in the artificial intelligence industry, according to people familiar with the matter.";

    public static string Rss(params (Uri Link, string Title, DateTimeOffset Published)[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Example</title><link>http://example/</link><description>d</description>"
        + string.Concat(items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{WebUtility.HtmlEncode(i.Link.AbsoluteUri)}</link><pubDate>{Rfc822(i.Published)}</pubDate></item>"))
        + "</channel></rss>";

    public static string Rfc822(DateTimeOffset date) =>
        date.ToString("ddd, dd MMM yyyy HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture)
        + (date.Offset < TimeSpan.Zero ? "-" : "+") + date.Offset.ToString("hhmm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Atom(params (Uri Link, string Title, DateTimeOffset Published)[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>"
        + string.Concat(items.Select(i => $"<entry><title>{WebUtility.HtmlEncode(i.Title)}</title><link rel=\"alternate\" href=\"{WebUtility.HtmlEncode(i.Link.AbsoluteUri)}\"/><id>{WebUtility.HtmlEncode(i.Link.AbsoluteUri)}</id><updated>{i.Published:yyyy-MM-ddTHH:mm:sszzz}</updated><published>{i.Published:yyyy-MM-ddTHH:mm:sszzz}</published></entry>"))
        + "</feed>";

    public static string NewsSitemap(Uri[] statics, params (Uri Link, string Title, DateTimeOffset Published)[] items) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + string.Concat(items.Select(i => $"<url><loc>{WebUtility.HtmlEncode(i.Link.AbsoluteUri)}</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication><news:publication_date>{i.Published:yyyy-MM-ddTHH:mm:sszzz}</news:publication_date><news:title>{WebUtility.HtmlEncode(i.Title)}</news:title></news:news></url>"))
        + string.Concat(statics.Select(s => $"<url><loc>{s.AbsoluteUri}</loc></url>"))
        + "</urlset>";

    public static string Listing(Uri[] links, string? nextPath) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>News</title></head><body><nav><a href=\"/about/\">About</a></nav><main>"
        + string.Concat(links.Select(l => $"<div class=\"teaser\"><h2><a class=\"story-link\" href=\"{l.PathAndQuery}\">Story</a></h2></div>"))
        + "</main>" + (nextPath is null ? string.Empty : $"<a class=\"next\" href=\"{nextPath}\">Older posts</a>") + "</body></html>";
}
