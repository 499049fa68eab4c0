using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;
using Entity = TalentWatch.Storage.Entity;

namespace TalentWatch.Web.Tests.Security;

/// <summary>
/// Scraped text carrying XSS payloads everywhere it can reach (titles, text, author, source, entity names, evidence,
/// role, errors) is rendered on every public page and feed; no executable markup may come out.
/// </summary>
public sealed class XssSweepTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"><svg onload=alert(3)>", "<a href=\"javascript:alert(4)\">x</a>",
        "<iframe src=javascript:alert(5)></iframe>", "'-alert(6)-'", "<style>body{display:none}</style>", "<object data=x></object>",
        "<body onload=alert(7)>", "<math><mtext><script>alert(8)</script></mtext></math>",
    ];

    private static readonly string Hostile = string.Join(' ', Payloads);

    private readonly TalentWatchApp app = new();
    private readonly HtmlParser parser = new();
    private HttpClient client = null!;
    private long articleId;

    public async Task InitializeAsync()
    {
        client = app.CreateClient(new() { AllowAutoRedirect = false });
        articleId = await app.QueryAsync(async db =>
        {
            var source = new Source { Name = "Wire " + Hostile, Kind = SourceKind.Rss, Url = "https://wire.example/feed", LastStatus = SourceStatus.Error, LastError = Hostile };
            var org = new Entity { Slug = "zz-evil-corp", Kind = EntityKind.Org, Name = "Evil Corp " + Payloads[1], NameAr = "شركة " + Payloads[0], Confirmed = false, DiscoveredSentence = Hostile };
            var rival = new Entity { Slug = "zz-rival", Kind = EntityKind.Org, Name = "Rival " + Payloads[2] };
            var person = new Entity { Slug = "zz-eve", Kind = EntityKind.Person, Name = "Eve " + Payloads[3], Aliases = Payloads[4] };
            db.AddRange(source, org, rival, person);
            var at = new DateTime(2025, 5, 1, 9, 0, 0, DateTimeKind.Utc);
            var article = new Article
            {
                Source = source,
                Url = "https://wire.example/evil",
                Title = "AI talent news " + Hostile,
                Author = Hostile,
                Language = "en",
                Text = "Eve joined Evil Corp from Rival. " + Hostile + "\n\nمقال " + Hostile,
                PublishedAt = at,
                PublishedOffsetMinutes = 0,
                SortAt = at,
                FetchedAt = at,
                RelevanceSignals = Hostile,
            };
            article.Entities.AddRange([new ArticleEntity { Entity = org, Mentions = 1 }, new ArticleEntity { Entity = person, Mentions = 1 }, new ArticleEntity { Entity = rival, Mentions = 1 }]);
            var talentEvent = new TalentEvent { Type = MoveType.Join, Person = person, From = rival, To = org, Role = Hostile, Date = "2025-05", FirstReportedAt = at, LatestReportedAt = at };
            article.Moves.Add(new Move { Type = MoveType.Join, Person = person, From = rival, To = org, Role = Hostile, Evidence = Hostile, Confidence = 0.9, Event = talentEvent });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
    }

    public static TheoryData<string> Pages =>
    [
        "/", "/?relevant=all", "/?company=zz-evil-corp", "/companies", "/companies/zz-evil-corp", "/people", "/people/zz-eve",
        "/search?q=" + Uri.EscapeDataString(Payloads[0]), "/search?q=alert", "/flows", "/flows?since=2025-01-01",
        "/companies?q=" + Uri.EscapeDataString(Payloads[1]), "/no-such-page-" + Uri.EscapeDataString(Payloads[0]),
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_render_payloads_as_text(string path)
    {
        // Error pages too: read the body whatever the status.
        using var response = await client.GetAsync(path);
        AssertInert(await response.Content.ReadAsStringAsync(), path);
    }

    [Fact]
    public async Task The_article_page_renders_payloads_as_text()
    {
        var html = await client.GetStringAsync($"/articles/{articleId}");
        AssertInert(html, "article page");
        Assert.Contains("<script>alert(1)</script>", parser.ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string> Feeds =>
    [
        "/feed.rss?relevant=all", "/feed.atom?relevant=all", "/feed.json?relevant=all", "/moves/feed.rss", "/moves/feed.atom", "/moves/feed.json",
        "/companies/zz-evil-corp/feed.rss", "/companies/zz-evil-corp/feed.atom", "/people/zz-eve/feed.json",
    ];

    /// <summary>
    /// Feeds carry HTML in escaped fields (RSS description, Atom type="html", JSON content_html): readers render it,
    /// so it must be inert too. Atom type="text" fields are shown as text by readers and may hold the raw characters.
    /// </summary>
    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Feeds_carry_payloads_only_as_inert_text(string path)
    {
        var body = await client.GetStringAsync(path);
        var htmlFields = path.Contains(".json", StringComparison.Ordinal)
            ? JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
                .Select(i => i.TryGetProperty("content_html", out var html) ? html.GetString() ?? string.Empty : string.Empty).ToList()
            : XDocument.Parse(body).Descendants()
                .Where(e => e.Name.LocalName == "description" || (e.Name.LocalName is "content" or "summary" && (string?)e.Attribute("type") == "html"))
                .Select(e => e.Value).ToList();

        Assert.NotEmpty(htmlFields);
        foreach (var html in htmlFields)
        {
            AssertInert(html, path);
        }
        Assert.Contains("alert(1)", body, StringComparison.Ordinal);
    }

    private void AssertInert(string html, string where)
    {
        var document = parser.ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, base, math"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.Name}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "data")
                {
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.Name}={attribute.Value}>");
                }
            }
        }
        // An <svg> may only come from the app's own flow diagram, never from scraped text.
        Assert.All(document.QuerySelectorAll("svg"), svg => Assert.Null(svg.GetAttribute("onload")));
        Assert.DoesNotContain(document.All, e => e.LocalName == "img" && e.GetAttribute("src") == "x");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        client?.Dispose();
        app.Dispose();
    }
}
