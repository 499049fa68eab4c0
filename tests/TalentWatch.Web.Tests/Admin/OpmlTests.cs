using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

public class OpmlTests
{
    [Fact]
    public async Task Export_then_import_into_another_install_keeps_kinds_and_selectors()
    {
        var settings = TalentWatchApp.Sources(("Wire & Co", "rss", new Uri("https://wire.example/feed.xml"), null), ("Gulf", "html", new Uri("https://gulf.example/"), "a.story"));
        using var first = new TalentWatchApp(settings);
        using var exporter = new AdminSession(first);
        await exporter.SignInAsync();
        using var export = await exporter.Client.GetAsync(new Uri("/admin/sources.opml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var opml = await export.Content.ReadAsByteArrayAsync();
        Assert.Contains("Wire &amp; Co", Encoding.UTF8.GetString(opml), StringComparison.Ordinal);

        using var second = new TalentWatchApp(TalentWatchApp.Sources(("Other", "rss", new Uri("https://other.example/feed.xml"), null)));
        using var importer = new AdminSession(second);
        await importer.SignInAsync();
        using var response = await Upload(importer, opml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 added, 0 skipped", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var gulf = await second.QueryAsync(db => db.Sources.SingleAsync(s => s.Url == "https://gulf.example/"));
        Assert.Equal((SourceKind.Html, "a.story", "Gulf"), (gulf.Kind, gulf.LinkSelector, gulf.Name));
    }

    [Fact]
    public async Task Import_skips_private_and_non_http_urls_and_refuses_a_dtd()
    {
        using var app = new TalentWatchApp(new() { ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false" });
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var before = await app.QueryAsync(db => db.Sources.CountAsync());
        const string List = """
            <opml version="2.0"><body>
              <outline text="meta" xmlUrl="http://169.254.169.254/latest/meta-data/"/>
              <outline text="folder"><outline text="file" xmlUrl="file:///etc/passwd"/></outline>
              <outline text="fine" xmlUrl="https://fine.example/feed.xml"/>
            </body></opml>
            """;

        using var response = await Upload(session, Encoding.UTF8.GetBytes(List));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("1 added, 2 skipped", html, StringComparison.Ordinal);
        Assert.Contains("link-local", html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.Sources.CountAsync()));

        const string Entity = """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>""";
        using var refused = await Upload(session, Encoding.UTF8.GetBytes(Entity));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task Export_needs_a_signed_in_administrator()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);

        using var response = await session.Client.GetAsync(new Uri("/admin/sources.opml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Upload(AdminSession session, byte[] opml)
    {
        var token = await session.TokenAsync("/admin/sources/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(opml), "Upload", "sources.opml" },
        };
        return await session.Client.PostAsync(new Uri("/admin/sources/import", UriKind.Relative), content);
    }
}
