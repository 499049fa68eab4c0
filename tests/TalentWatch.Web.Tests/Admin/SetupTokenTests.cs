using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>/admin/setup only for whoever holds the one-time token the app logs at start-up while no administrator exists.</summary>
public partial class SetupTokenTests
{
    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, string> Account(string name) =>
        new() { ["UserName"] = name, ["Password"] = AdminSession.Password, ["Confirm"] = AdminSession.Password };

    private static Task<bool> AnyAdminAsync(TalentWatchApp app) => app.QueryAsync(db => db.AdminUsers.AnyAsync());

    [Fact]
    public async Task A_token_matches_itself_only_until_it_is_revoked()
    {
        using var app = new TalentWatchApp();
        var setup = app.Services.GetRequiredService<SetupToken>();
        Assert.False(await setup.MatchesAsync(null, default));

        var token = await setup.IssueAsync(default);

        Assert.Equal(token, setup.Current);
        Assert.True(await setup.MatchesAsync(token, default));
        Assert.False(await setup.MatchesAsync(null, default));
        Assert.False(await setup.MatchesAsync(string.Empty, default));
        Assert.False(await setup.MatchesAsync(token[..^1], default));
        Assert.False(await setup.MatchesAsync(token + "x", default));
        Assert.False(await setup.MatchesAsync(string.Concat(token.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))), default));
        await setup.RevokeAsync(default);
        Assert.Null(setup.Current);
        Assert.False(await setup.MatchesAsync(token, default));
    }

    [Fact]
    public async Task Each_token_is_new_random_fit_for_a_url_and_replaces_the_instances_last()
    {
        using var app = new TalentWatchApp();
        var setup = app.Services.GetRequiredService<SetupToken>();

        var first = await setup.IssueAsync(default);
        var second = await setup.IssueAsync(default);

        Assert.NotEqual(first, second);
        Assert.False(await setup.MatchesAsync(first, default));
        Assert.True(await setup.MatchesAsync(second, default));
        Assert.True(first.Length >= 43, first);
        Assert.Equal(first, Uri.EscapeDataString(first));
        Assert.Equal(1, await app.QueryAsync(db => db.SetupTokenDigests.CountAsync()));
        // Only the digest is kept: the database alone does not open the page.
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(second)), await app.QueryAsync(db => db.SetupTokenDigests.Select(t => t.Digest).SingleAsync()));
    }

    [Fact]
    public async Task The_token_is_logged_at_start_up_with_where_to_use_it()
    {
        using var app = new TalentWatchApp();

        var token = app.Services.GetRequiredService<SetupToken>().Current;

        Assert.NotNull(token);
        var log = app.LogText();
        // The JSON log keeps the message template and the token as its SetupToken property.
        Assert.Contains("{SetupOrigin}/admin/setup?token={SetupToken}", log, StringComparison.Ordinal);
        Assert.Contains($"\"SetupToken\":\"{token}\"", log, StringComparison.Ordinal);
        Assert.Contains("admin set-password", log, StringComparison.Ordinal);
        Assert.False(await AnyAdminAsync(app));
    }

    [Theory]
    [InlineData("/admin/setup")]
    [InlineData("/admin/setup?token=")]
    [InlineData("/admin/setup?token=wrong")]
    public async Task Without_the_right_token_the_page_explains_and_shows_no_form(string path)
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);

        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("form.admin-form"));
        var notice = page.QuerySelector("[role=alert]")?.TextContent ?? string.Empty;
        Assert.Contains("one-time setup token", notice, StringComparison.Ordinal);
        Assert.Contains("admin set-password", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task A_post_without_the_right_token_creates_no_account(string? token)
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        var fields = Account("intruder");
        if (token is not null)
        {
            fields["Token"] = token;
        }

        // The antiforgery token comes from a page anyone can open; only the setup token is missing.
        using var response = await session.PostFormAsync("/admin/setup", fields, tokenFrom: "/admin/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await AnyAdminAsync(app));
        Assert.NotNull(app.Services.GetRequiredService<SetupToken>().Current);
    }

    [Fact]
    public async Task The_token_travels_in_the_form_and_dies_with_the_first_account()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        var setup = app.Services.GetRequiredService<SetupToken>();
        var token = setup.Current!;
        var form = await Parser.ParseDocumentAsync(await session.Client.GetStringAsync(new Uri(session.SetupPath, UriKind.Relative)));
        Assert.Equal(token, form.QuerySelector("form.admin-form input[name=Token]")?.GetAttribute("value"));

        // Posted to the bare path: the hidden field alone carries the token.
        using var created = await session.PostFormAsync("/admin/setup", new Dictionary<string, string>(Account("root")) { ["Token"] = token },
            tokenFrom: session.SetupPath);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Null(setup.Current);
        Assert.False(await setup.MatchesAsync(token, default));
        using var again = await session.Client.GetAsync(new Uri("/admin/setup?token=" + token, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_wrong_form_keeps_the_token_for_the_next_try()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        var path = session.SetupPath;

        using var refused = await session.PostFormAsync(path, new Dictionary<string, string>(Account("root")) { ["Confirm"] = "another passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Parser.ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("The two passwords differ.", page.QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.Equal(app.Services.GetRequiredService<SetupToken>().Current, page.QuerySelector("input[name=Token]")?.GetAttribute("value"));
        Assert.False(await AnyAdminAsync(app));
    }

    [Fact]
    public async Task No_token_is_issued_or_logged_when_an_administrator_exists_at_start_up()
    {
        using var first = new TalentWatchApp();
        await first.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync("admin", AdminSession.Password, CancellationToken.None);

        // A second start over the same database, as after a restart.
        using var restarted = new TalentWatchApp(new() { ["ConnectionStrings:TalentWatch"] = $"Data Source={Path.Combine(first.Folder, "talentwatch.db")}" });
        using var client = restarted.CreateClient();

        Assert.Null(restarted.Services.GetRequiredService<SetupToken>().Current);
        Assert.DoesNotContain("/admin/setup?token=", restarted.LogText(), StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri("/admin/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
