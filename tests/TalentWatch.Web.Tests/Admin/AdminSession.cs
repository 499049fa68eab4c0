using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>A cookie-keeping client that does not follow redirects, plus form helpers that carry the antiforgery token.</summary>
public sealed class AdminSession : IDisposable
{
    public const string Password = "correct horse battery";

    private static readonly HtmlParser Parser = new();

    public AdminSession(TalentWatchApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        App = app;
        Client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    public TalentWatchApp App { get; }
    public HttpClient Client { get; }

    /// <summary>The setup page with the one-time token the app issued at start-up (what the log tells the operator).</summary>
    public string SetupPath =>
        "/admin/setup?token=" + Uri.EscapeDataString(App.Services.GetRequiredService<SetupToken>().Current
            ?? throw new InvalidOperationException("No setup token: an administrator already existed at start-up."));

    /// <summary>Later pages come in Arabic: the language switch sets its cookie in this client.</summary>
    public async Task UseArabicAsync()
    {
        using var response = await Client.GetAsync(new Uri("/culture?name=ar&returnUrl=%2F", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The language switch answered {(int)response.StatusCode}.");
        }
    }

    public Task CreateAdminAsync(string name = "admin") =>
        App.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync(name, Password, CancellationToken.None);

    /// <summary>The hidden antiforgery token of the first form on the page (its cookie is kept by the client).</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        return Token(html);
    }

    public static string Token(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the page.");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(tokenFrom ?? path) };
        using var content = new FormUrlEncodedContent(all);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string name = "admin", string password = Password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/admin/login" : "/admin/login?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var fields = new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }
        return await PostFormAsync(path, fields);
    }

    public async Task SignInAsync()
    {
        await CreateAdminAsync();
        using var response = await LoginAsync();
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => Client.Dispose();
}
