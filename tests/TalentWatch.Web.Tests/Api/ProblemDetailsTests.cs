using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Api;

/// <summary>Every 4xx and 5xx of the API carries an application/problem+json body whose detail names what was wrong.</summary>
public class ProblemDetailsTests
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    [Theory]
    [InlineData("/api/articles?limit=abc", "limit must be a whole number from 1 to 200, not \"abc\".")]
    [InlineData("/api/articles?limit=0", "limit must be a whole number from 1 to 200, not \"0\".")]
    [InlineData("/api/articles?limit=-5", "limit must be a whole number from 1 to 200, not \"-5\".")]
    [InlineData("/api/articles?limit=201", "limit must be a whole number from 1 to 200, not \"201\".")]
    [InlineData("/api/articles?language=english", "language must be a language code such as en or ar, not \"english\".")]
    [InlineData("/api/events?lang=arabic&limit=0", "limit must be a whole number from 1 to 200, not \"0\". lang must be a language code such as en or ar, not \"arabic\".")]
    [InlineData("/api/events?relevant=false", "relevant must be true (about AI talent) or all (every article), not \"false\".")]
    [InlineData("/api/events?type=3", "type must be one of join, leave, found, poach, retain, not \"3\".")]
    [InlineData("/api/articles?source=first", "source must be a whole number, not \"first\".")]
    [InlineData("/api/articles?relevant=maybe", "relevant must be true (about AI talent), false (not about it) or all, not \"maybe\".")]
    [InlineData("/api/articles?cursor=zzz", "cursor \"zzz\" is not one this API issued; start again without it.")]
    [InlineData("/api/events?limit=1.5", "limit must be a whole number from 1 to 200, not \"1.5\".")]
    [InlineData("/api/events?type=hire", "type must be one of join, leave, found, poach, retain, not \"hire\".")]
    [InlineData("/api/entities?confirmed=yes", "confirmed must be true or false, not \"yes\".")]
    [InlineData("/api/entities?limit=ten", "limit must be a whole number from 1 to 1000, not \"ten\".")]
    [InlineData("/api/entities?kind=city", "kind must be \"person\" or \"org\", not \"city\".")]
    public async Task A_bad_parameter_is_a_400_naming_it_and_its_value(string url, string detail)
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(detail, Detail(await ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("/api/articles/999999", "No article has id 999999.")]
    [InlineData("/api/entities/no-such-slug", "No entity has the id \"no-such-slug\".")]
    [InlineData("/api/articles/abc", "Nothing in the API answers \"/api/articles/abc\".")]
    [InlineData("/api/nothing-here", "Nothing in the API answers \"/api/nothing-here\".")]
    public async Task What_does_not_exist_is_a_404_with_a_body(string url, string detail)
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(detail, Detail(await ProblemAsync(response, HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task A_method_the_api_does_not_answer_is_a_405_with_a_body()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        using var response = await client.DeleteAsync(new Uri("/api/articles", UriKind.Relative));

        Assert.Equal("DELETE is not allowed on \"/api/articles\"; the API answers GET.", Detail(await ProblemAsync(response, HttpStatusCode.MethodNotAllowed)));
    }

    [Fact]
    public async Task A_failure_inside_the_api_is_a_500_with_a_body_and_the_security_headers()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Sources\" RENAME TO \"SourcesGone\";"));

        using var response = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal("The server failed to answer this request; the error is in its log.", Detail(problem));
        Assert.DoesNotContain("SourcesGone", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_request_line_too_long_is_a_414_with_a_body_through_kestrel()
    {
        // TestServer has no request line; only Kestrel enforces (and used to answer 414 with an empty body).
        using var app = new TalentWatchApp();
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();
        var longQuery = "?q=" + new string('a', 9000);

        using var api = await client.GetAsync(new Uri("/api/articles" + longQuery, UriKind.Relative));
        using var feed = await client.GetAsync(new Uri("/feed.rss" + longQuery, UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/" + longQuery, UriKind.Relative));
        using var justUnder = await client.GetAsync(new Uri("/api/articles?q=" + new string('a', 8000), UriKind.Relative));

        Assert.Equal("The request target (path and query) is 9016 characters long; at most 8192 are accepted.", Detail(await ProblemAsync(api, HttpStatusCode.RequestUriTooLong)));
        Assert.Equal("The request target (path and query) is 9012 characters long; at most 8192 are accepted.", Detail(await ProblemAsync(feed, HttpStatusCode.RequestUriTooLong)));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.StatusCode);
        Assert.Contains("<h1>Request refused</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, justUnder.StatusCode);
    }
}
