using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// What went wrong in the pages of one browser context: console errors (chromium reports blocked content there),
/// uncaught script errors, and every Content-Security-Policy violation the document reports, with the page it was on.
/// </summary>
public sealed class PageProblems
{
    private const string ReportFunction = "talentWatchReportViolation";

    private readonly ConcurrentQueue<string> problems = new();

    private PageProblems()
    {
    }

    public IReadOnlyList<string> All => [.. problems];

    public static async Task<PageProblems> WatchAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var watch = new PageProblems();
        context.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                watch.problems.Enqueue($"console {message.Type} on {message.Page?.Url}: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => watch.problems.Enqueue($"script error on {error.Page?.Url}: {error.Error}");
        // The event also fires for violations chromium does not log, and names the directive; the binding and the
        // init script are installed by the browser itself, so the page's CSP does not apply to them.
        await context.ExposeFunctionAsync(ReportFunction, (string violation) => watch.problems.Enqueue("CSP violation " + violation));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window." + ReportFunction
            + "(`on ${document.location.href}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));");
        return watch;
    }
}
