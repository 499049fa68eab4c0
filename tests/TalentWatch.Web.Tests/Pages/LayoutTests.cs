using AngleSharp.Html.Parser;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>What the shared layout gives every page.</summary>
public class LayoutTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/login")]
    public async Task Pages_link_an_icon_the_app_serves_so_browsers_do_not_ask_for_a_missing_favicon(string path)
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        var href = page.QuerySelector("head link[rel=icon]")?.GetAttribute("href");
        Assert.NotNull(href);

        using var icon = await client.GetAsync(new Uri(href, UriKind.Relative));

        icon.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
