using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>A person or company as a link: the chip on articles, the names in event sentences.</summary>
public sealed record EntityChip(string Slug, string Name, string? NameAr, EntityKind Kind)
{
    public string Href => Kind == EntityKind.Org ? $"/companies/{Uri.EscapeDataString(Slug)}" : $"/people/{Uri.EscapeDataString(Slug)}";

    /// <summary>The Arabic name for Arabic readers when the catalog has one.</summary>
    public string DisplayName(bool arabic) => arabic && !string.IsNullOrWhiteSpace(NameAr) ? NameAr : Name;

    public static EntityChip? From(Entity? entity) =>
        entity is null ? null : new(entity.Slug, entity.Name, entity.NameAr, entity.Kind);
}

/// <summary>One article in a list: what the reader needs to decide to open it.</summary>
public sealed record ArticleRow(long Id, string Title, string Url, string Language, string SourceName, DateTime SortAt, bool Relevant)
{
    public IReadOnlyList<EntityChip> Chips { get; init; } = [];

    /// <summary>Only when the list asked for them (feeds): the byline and the start of the text.</summary>
    public string? Author { get; init; }
    public string? Lead { get; init; }

    public bool IsArabic => Language == "ar";
}

/// <summary>An article that reports an event.</summary>
public sealed record SourceLink(long ArticleId, string Title, string Url, string SourceName, string Language, DateTime SortAt);

/// <summary>One real-world move with every article that reports it.</summary>
public sealed record EventRow(long Id, MoveType Type, EntityChip? Person, EntityChip? From, EntityChip? To, string? Role, string? Date,
    DateTime FirstReportedAt, DateTime LatestReportedAt, IReadOnlyList<SourceLink> Sources)
{
    /// <summary>The sentence of the first report that made it a move.</summary>
    public string? Evidence { get; init; }

    /// <summary>The editors' verdict: a confirmed or corrected event carries a mark.</summary>
    public ReviewStatus Review { get; init; }

    public bool CheckedByEditors => Review is ReviewStatus.Confirmed or ReviewStatus.Corrected;

    public string TypeName => Type.ToString().ToLowerInvariant();

    /// <summary>
    /// The move's date says more than "reported on": a move told in the present tense is dated by its report's month,
    /// which the card already gives as the first report; only a date that is not the first report's is worth a line.
    /// </summary>
    public string? DateBeforeReport =>
        Date is not null && !FirstReportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).StartsWith(Date, StringComparison.Ordinal)
            ? Date
            : null;
}

/// <summary>A timeline entry: an event or an article, at the time it sorts by.</summary>
public sealed record TimelineItem(DateTime At, EventRow? Event, ArticleRow? Article);
