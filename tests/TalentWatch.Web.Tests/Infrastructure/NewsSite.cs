using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>A real news site on a loopback port (Kestrel), with pages defined per test.</summary>
public sealed class NewsSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);

    private NewsSite(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<NewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = new NewsSite(builder.Build());
        site.app.Run(site.HandleAsync);
        await site.app.StartAsync();
        var address = site.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public NewsSite Page(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Route(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body);
        });

    public NewsSite Bytes(string path, byte[] body, string contentType) =>
        Route(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        });

    public NewsSite Route(string path, Func<HttpContext, Task> handler)
    {
        routes[path] = handler;
        return this;
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        Requests.Enqueue(path);
        if (routes.TryGetValue(path, out var handler) || routes.TryGetValue(context.Request.Path.Value ?? "/", out handler))
        {
            return handler(context);
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
