namespace TalentWatch.Extraction;

/// <summary>Turns an article page into title, canonical URL, date, author, language and main text.</summary>
public static class ArticleExtractor
{
    /// <exception cref="HtmlTooComplexException">The page exceeds the size cap or the parse deadline.</exception>
    public static ExtractedArticle Extract(string html, Uri pageUrl, FeedHints? hints = null) =>
        throw new NotImplementedException();
}
