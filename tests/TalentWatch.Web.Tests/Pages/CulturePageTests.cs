using System.Net;
using AngleSharp.Html.Parser;

namespace TalentWatch.Web.Tests.Pages;

[Collection(PagesGroup.Name)]
public class CulturePageTests(PagesFixture fixture)
{
    [Fact]
    public async Task The_culture_query_parameter_renders_the_arabic_interface_right_to_left()
    {
        var page = await fixture.GetDocumentAsync("/?culture=ar");

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("الخط الزمني", page.QuerySelector("nav a[href='/']")?.TextContent.Trim());
    }

    [Fact]
    public async Task English_is_the_default_and_left_to_right()
    {
        var page = await fixture.GetDocumentAsync("/");

        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/culture?name=ar&returnUrl=%2F", page.QuerySelector(".language-switch a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_language_switch_sets_a_cookie_that_later_pages_honour()
    {
        using var switched = await fixture.Client.GetAsync("/culture?name=ar&returnUrl=%2Fcompanies%3Fq%3Dacme");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/companies?q=acme", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie")).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/companies?q=acme");
        request.Headers.Add("Cookie", cookie);
        using var response = await fixture.Client.SendAsync(request);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("/", (await fixture.Client.GetAsync("/culture?name=ar&returnUrl=//evil.example")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Accept_language_picks_arabic()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/flows");
        request.Headers.Add("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");
        using var response = await fixture.Client.SendAsync(request);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_company_page_in_arabic_uses_arabic_prepositions()
    {
        var english = await fixture.GetDocumentAsync("/companies/zz-acme");
        var arabic = await fixture.GetDocumentAsync("/companies/zz-acme?culture=ar");

        var arrival = $"li[data-event='{fixture.Events["jane-joins-acme"]}']";
        Assert.Contains(" from ", english.QuerySelector(arrival)?.TextContent, StringComparison.Ordinal);
        Assert.Contains(" من ", arabic.QuerySelector(arrival)?.TextContent, StringComparison.Ordinal);
    }
}
