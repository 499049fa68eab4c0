namespace TalentWatch.Extraction;

/// <summary>Turns an article page into title, canonical URL, date, author, language and main text.</summary>
public static class ArticleExtractor
{
    /// <exception cref="HtmlTooComplexException">The page exceeds the size cap or the parse deadline.</exception>
    public static ExtractedArticle Extract(string html, Uri pageUrl, FeedHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        hints ??= FeedHints.None;

        using var document = HtmlDocumentParser.Parse(html);
        var meta = new MetaTags(document);
        var jsonLd = JsonLdReader.FromDocument(document);

        // Metadata first: main-text extraction prunes the DOM (bylines, time elements) it reads from.
        var title = TitleExtractor.Extract(document, meta, jsonLd, hints.Title);
        var canonical = UrlCanonicalizer.FromDocument(document, meta, pageUrl);
        var published = DateExtractor.Extract(document, meta, jsonLd, hints.PublishedAt);
        var author = AuthorExtractor.Extract(document, meta, jsonLd, hints.Author);
        var description = meta.Get("description", "og:description", "twitter:description");
        var found = MainTextExtractor.Extract(document, title, description: description);
        var paragraphs = MainTextFallbacks.Improve(found, html, title, jsonLd, description);
        var language = LanguageDetector.Detect(document, meta, jsonLd, title + "\n" + string.Join("\n", paragraphs), hints.Language);

        return new ExtractedArticle(canonical, title, author, published, language, paragraphs);
    }
}
