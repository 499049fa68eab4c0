using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Articles;

[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class DetailsModel(TalentWatchDb db) : PageModel
{
    public sealed record MoveRow(EventRow Event, string Evidence, double Confidence);

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleText.Run> Title { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<ArticleText.Run>> Paragraphs { get; private set; } = [];
    public IReadOnlyList<EntityChip> Entities { get; private set; } = [];
    public IReadOnlyList<MoveRow> Moves { get; private set; } = [];

    public bool IsArabic => Article.Language == "ar";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.WithAnalysis().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        var entities = article.Entities.Select(m => m.Entity!).ToList();
        var chips = entities.ToDictionary(e => e.Slug, e => EntityChip.From(e)!, StringComparer.Ordinal);
        Entities = [.. article.Entities.OrderByDescending(m => m.InTitle).ThenByDescending(m => m.Mentions).Select(m => chips[m.Entity!.Slug])];

        // The article's own entities as a tiny catalog: the matcher gives exact spans in the original text.
        var mentions = new EntityMatcher([.. entities.Select(CatalogEntry.Of)]).Match(article.Title, article.Text);
        var titleMentions = mentions.Where(m => m.InTitle).Select(m => new ArticleText.Mention(m.Start, m.Length, chips[m.Slug])).ToList();
        var bodyMentions = mentions.Where(m => !m.InTitle).Select(m => new ArticleText.Mention(m.Start, m.Length, chips[m.Slug])).ToList();

        var moves = article.Moves.OrderBy(m => m.EvidenceStart).ToList();
        Title = ArticleText.Runs(article.Title, 0, article.Title.Length, titleMentions, [.. moves.Where(m => !InText(article.Text, m) && InText(article.Title, m)).Select(Evidence)]);
        Paragraphs = ArticleText.Paragraphs(article.Text, bodyMentions, [.. moves.Where(m => InText(article.Text, m)).Select(Evidence)]);
        Moves = [.. moves.Select(m => new MoveRow(
            new EventRow(m.EventId ?? 0, m.Type, EntityChip.From(m.Person), EntityChip.From(m.From), EntityChip.From(m.To), m.Role, m.Date, article.SortAt, article.SortAt, []),
            m.Evidence, m.Confidence))];
        return Page();
    }

    /// <summary>EvidenceStart indexes the body, or the title when the move was read from the title.</summary>
    private static bool InText(string text, Move move) =>
        move.EvidenceStart >= 0 && move.EvidenceStart + move.Evidence.Length <= text.Length
        && string.CompareOrdinal(text, move.EvidenceStart, move.Evidence, 0, move.Evidence.Length) == 0;

    private static ArticleText.Span Evidence(Move move) => new(move.EvidenceStart, move.Evidence.Length);
}
