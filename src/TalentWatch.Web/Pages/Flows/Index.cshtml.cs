using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Flows;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class IndexModel(TalentWatchDb db, ReaderClock clock, EventVisibility visibility, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int MaxFlows = 40;

    /// <summary>The table's bound: a year of news has tens of thousands of company pairs, most with one move.</summary>
    private const int MaxTableFlows = 200;

    /// <summary>Moves that carry a person from one company to another; Retain and Leave name no destination.</summary>
    private static readonly MoveType[] Transfers = [MoveType.Join, MoveType.Found, MoveType.Poach];

    private sealed record Pair(int From, int To, int Count);

    public sealed record Balance(EntityChip Company, int In, int Out)
    {
        public int Net => In - Out;
    }

    [BindProperty(SupportsGet = true)]
    public string? Since { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Until { get; set; }

    public DateOnly? SinceDate { get; private set; }
    public DateOnly? UntilDate { get; private set; }

    /// <summary>Unusable dates, named so the reader knows they were ignored (as on the timeline).</summary>
    public List<string> Problems { get; } = [];
    public IReadOnlyList<FlowDiagram.Flow> Flows { get; private set; } = [];
    public int FlowCount { get; private set; }
    public FlowDiagram Diagram { get; private set; } = new([]);
    public IReadOnlyList<Balance> Balances { get; private set; } = [];
    public int Omitted { get; private set; }

    public string Query => string.Concat(
        SinceDate is { } s ? $"&since={s:yyyy-MM-dd}" : "",
        UntilDate is { } u ? $"&until={u:yyyy-MM-dd}" : "").TrimStart('&');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var problems = new List<FilterProblem>();
        SinceDate = FilterValues.Date(Since, problems, "since");
        UntilDate = FilterValues.Date(Until, problems, "until");
        Problems.AddRange(problems.Select(p => p.Describe(localizer)));
        var query = visibility.Shown(db.Events.AsNoTracking()).Where(e => e.FromId != null && e.ToId != null && e.FromId != e.ToId && Transfers.Contains(e.Type));
        if (SinceDate is { } since)
        {
            var from = clock.StartUtc(since);
            query = query.Where(e => e.FirstReportedAt >= from);
        }
        if (UntilDate is { } until)
        {
            var before = clock.StartUtc(until.AddDays(1));
            query = query.Where(e => e.FirstReportedAt < before);
        }
        var pairs = await query
            .GroupBy(e => new { e.FromId, e.ToId })
            .Select(g => new Pair(g.Key.FromId!.Value, g.Key.ToId!.Value, g.Count()))
            .ToListAsync(cancellationToken);
        // Tens of thousands of pairs at a year of news: they are counted by id, and only the companies and flows the page
        // shows become chips (the top of a partial sort, not a sort of every pair).
        var ids = pairs.SelectMany(p => new[] { p.From, p.To }).ToHashSet();
        var companies = (await db.Entities.AsNoTracking().Select(e => new { e.Id, Chip = new EntityChip(e.Slug, e.Name, e.NameAr, e.Kind) }).ToListAsync(cancellationToken))
            .Where(e => ids.Contains(e.Id))
            .ToDictionary(e => e.Id, e => e.Chip);
        var shown = pairs
            .OrderByDescending(p => p.Count).ThenBy(p => companies[p.From].Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => companies[p.To].Name, StringComparer.OrdinalIgnoreCase)
            .Take(MaxTableFlows)
            .Select(p => new FlowDiagram.Flow(companies[p.From], companies[p.To], p.Count))
            .ToList();
        Flows = shown;
        FlowCount = pairs.Count;
        Omitted = Math.Max(0, shown.Count - MaxFlows);
        Diagram = new FlowDiagram([.. shown.Take(MaxFlows)]);
        var arrivals = pairs.GroupBy(p => p.To).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        var departures = pairs.GroupBy(p => p.From).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        Balances = [.. companies
            .Select(c => new Balance(c.Value, arrivals.GetValueOrDefault(c.Key), departures.GetValueOrDefault(c.Key)))
            .OrderByDescending(b => b.Net).ThenByDescending(b => b.In).ThenBy(b => b.Company.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
