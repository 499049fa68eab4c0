using TalentWatch.Web.Hosting;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Security;

public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/companies")]
    [InlineData("/search?q=%3Cscript%3E")]
    [InlineData("/api/sources")]
    [InlineData("/api/articles")]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.json")]
    [InlineData("/site.css")]
    [InlineData("/admin/login")]
    [InlineData("/admin")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Header(response, "Content-Security-Policy");
        if (policy != SecuritySetup.ContentSecurityPolicy)
        {
            // Say why: a missing header usually means the request failed and an error page replaced the response.
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{path} answered {(int)response.StatusCode} with policy {policy ?? "(none)"}: {body[..Math.Min(body.Length, 2000)]}");
        }
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
