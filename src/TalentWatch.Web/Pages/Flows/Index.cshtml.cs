using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Flows;

public sealed class IndexModel(TalentWatchDb db, ReaderClock clock, EventVisibility visibility, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int MaxFlows = 40;

    /// <summary>Moves that carry a person from one company to another; Retain and Leave name no destination.</summary>
    private static readonly MoveType[] Transfers = [MoveType.Join, MoveType.Found, MoveType.Poach];

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
    public FlowDiagram Diagram { get; private set; } = new([]);
    public IReadOnlyList<Balance> Balances { get; private set; } = [];
    public int Omitted { get; private set; }

    public string Query => string.Concat(
        SinceDate is { } s ? $"&since={s:yyyy-MM-dd}" : "",
        UntilDate is { } u ? $"&until={u:yyyy-MM-dd}" : "").TrimStart('&');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var problems = new List<TimelineFilterReader.Problem>();
        SinceDate = TimelineFilterReader.Date(Since, "since", problems);
        UntilDate = TimelineFilterReader.Date(Until, "until", problems);
        Problems.AddRange(problems.Select(p => TimelineFilterReader.Describe(p, localizer)));
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
            .Select(g => new { g.Key.FromId, g.Key.ToId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = pairs.SelectMany(p => new[] { p.FromId!.Value, p.ToId!.Value }).Distinct().ToList();
        var companies = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var all = pairs
            .Select(p => new FlowDiagram.Flow(EntityChip.From(companies[p.FromId!.Value])!, EntityChip.From(companies[p.ToId!.Value])!, p.Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.From.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.To.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Flows = all;
        Omitted = Math.Max(0, all.Count - MaxFlows);
        Diagram = new FlowDiagram([.. all.Take(MaxFlows)]);
        Balances = [.. all.SelectMany(f => new[] { (Company: f.To, In: f.Count, Out: 0), (Company: f.From, In: 0, Out: f.Count) })
            .GroupBy(x => x.Company.Slug)
            .Select(g => new Balance(g.First().Company, g.Sum(x => x.In), g.Sum(x => x.Out)))
            .OrderByDescending(b => b.Net).ThenByDescending(b => b.In).ThenBy(b => b.Company.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
