using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Api;

/// <summary>/openapi/v1.json describes the JSON API as the app routes it: every /api route, its method and its parameters.</summary>
public class OpenApiDocumentTests
{
    [Fact]
    public async Task Every_api_route_and_every_parameter_it_reads_is_in_the_document()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var document = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.GetProperty("paths");

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(routes.Count >= 6, $"the API maps its routes ({routes.Count} found)");
        foreach (var route in routes)
        {
            var path = string.Concat(route.RoutePattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
                _ => "",
            }))));
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is in the document");
            foreach (var method in route.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)
            {
                Assert.True(operations.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is in the document");
                var documented = operation.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet()
                    : [];
                foreach (var name in RequestParameters(route))
                {
                    Assert.True(documented.Contains(name), $"{method} {path} documents its parameter {name}");
                }
            }
        }
        Assert.Equal("TalentWatch API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/", StringComparison.Ordinal));
    }

    /// <summary>The handler's parameters that come from the request (the route or the query), not from the services.</summary>
    private static IEnumerable<string> RequestParameters(RouteEndpoint route)
    {
        var handler = route.Metadata.GetMetadata<MethodInfo>();
        Assert.NotNull(handler);
        return handler.GetParameters()
            .Where(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(string[]) || p.ParameterType.IsPrimitive)
            .Select(p => p.Name!);
    }
}
