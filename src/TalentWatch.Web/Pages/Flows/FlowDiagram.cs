using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Flows;

/// <summary>
/// Geometry of the flow diagram, computed here so the view only prints numbers: sources stacked on the left,
/// destinations on the right, one band per company pair whose width is proportional to its count.
/// </summary>
public sealed class FlowDiagram
{
    public const double Width = 760;
    public const double LeftX = 200;
    public const double RightX = 560;
    public const double NodeWidth = 10;
    private const double Gap = 12;
    private const double Top = 10;
    private const double MaxUnit = 24;
    private const double MaxBars = 480;

    public sealed record Flow(EntityChip From, EntityChip To, int Count);

    public sealed record Node(EntityChip Company, int Count, double Y, double Height);

    public sealed record Band(Flow Flow, string Path, double Thickness);

    public IReadOnlyList<Node> Sources { get; }
    public IReadOnlyList<Node> Destinations { get; }
    public IReadOnlyList<Band> Bands { get; }
    public double Height { get; }

    public FlowDiagram(IReadOnlyList<Flow> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var sources = Totals(flows.GroupBy(f => f.From.Slug));
        var destinations = Totals(flows.GroupBy(f => f.To.Slug));
        var total = flows.Sum(f => f.Count);
        var unit = total == 0 ? 0 : Math.Min(MaxUnit, MaxBars / total);
        Sources = Stack(sources, unit);
        Destinations = Stack(destinations, unit);
        Height = Math.Max(Bottom(Sources), Bottom(Destinations)) + Top;

        // Bands leave each source in destination order and enter each destination in source order, so they do not cross inside a node.
        var outOffset = Sources.ToDictionary(n => n.Company.Slug, n => n.Y);
        var inOffset = Destinations.ToDictionary(n => n.Company.Slug, n => n.Y);
        var destinationRank = Destinations.Select((n, i) => (n.Company.Slug, i)).ToDictionary(x => x.Slug, x => x.i);
        var bands = new List<Band>();
        foreach (var source in Sources)
        {
            foreach (var flow in flows.Where(f => f.From.Slug == source.Company.Slug).OrderBy(f => destinationRank[f.To.Slug]))
            {
                var thickness = flow.Count * unit;
                var y1 = outOffset[flow.From.Slug] + thickness / 2;
                var y2 = inOffset[flow.To.Slug] + thickness / 2;
                outOffset[flow.From.Slug] += thickness;
                inOffset[flow.To.Slug] += thickness;
                var x1 = LeftX + NodeWidth;
                var x2 = RightX;
                var middle = (x1 + x2) / 2;
                bands.Add(new Band(flow, FormattableString.Invariant($"M{x1:0.#},{y1:0.#} C{middle:0.#},{y1:0.#} {middle:0.#},{y2:0.#} {x2:0.#},{y2:0.#}"), Math.Max(thickness, 1)));
            }
        }
        Bands = bands;
    }

    private static List<(EntityChip Company, int Count)> Totals(IEnumerable<IGrouping<string, Flow>> groups) =>
        [.. groups.Select(g => (Company: g.First().From.Slug == g.Key ? g.First().From : g.First().To, Count: g.Sum(f => f.Count)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Company.Name, StringComparer.OrdinalIgnoreCase)];

    private static List<Node> Stack(List<(EntityChip Company, int Count)> totals, double unit)
    {
        var y = Top;
        var nodes = new List<Node>();
        foreach (var (company, count) in totals)
        {
            var height = Math.Max(count * unit, 1);
            nodes.Add(new Node(company, count, y, height));
            y += height + Gap;
        }
        return nodes;
    }

    private static double Bottom(IReadOnlyList<Node> nodes) => nodes.Count == 0 ? Top : nodes[^1].Y + nodes[^1].Height;
}
