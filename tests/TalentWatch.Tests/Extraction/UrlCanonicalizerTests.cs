using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://example.com/a/b?utm_source=x&utm_medium=y&id=5#frag", "https://example.com/a/b?id=5")]
    [InlineData("https://example.com/a?fbclid=abc", "https://example.com/a")]
    [InlineData("https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&ref=home", "https://example.com/a")]
    [InlineData("HTTPS://Example.COM:443/Path/?page=2&UTM_Campaign=z", "https://example.com/Path/?page=2")]
    [InlineData("http://127.0.0.1:30000/2024/04/slug/", "http://127.0.0.1:30000/2024/04/slug/")]
    [InlineData("https://example.com/news?id=7&ref_src=twsrc&b=2", "https://example.com/news?id=7&b=2")]
    public void Removes_tracking_parameters_and_fragment(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)));

    [Fact]
    public void Arabic_paths_are_percent_encoded_consistently()
    {
        var a = UrlCanonicalizer.Canonicalize(new Uri("https://example.com/أخبار/1?utm_source=x"));
        var b = UrlCanonicalizer.Canonicalize(new Uri("https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1"));

        Assert.Equal(b, a);
    }

    [Fact]
    public void Relative_urls_are_rejected() =>
        Assert.Throws<ArgumentException>(() => UrlCanonicalizer.Canonicalize(new Uri("/a", UriKind.Relative)));

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"/story/1?utm_source=a\">", "https://news.example.com/story/1")]
    [InlineData("<link rel=\"canonical\" href=\"javascript:void(0)\"><meta property=\"og:url\" content=\"https://news.example.com/og/1\">", "https://news.example.com/og/1")]
    [InlineData("<link rel=\"canonical\" href=\"http://\">", "https://news.example.com/page/1")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.com/\">", "https://news.example.com/page/1")]
    [InlineData("", "https://news.example.com/page/1")]
    public void Extractor_prefers_declared_canonical_when_usable(string head, string expected)
    {
        var html = $"<html><head>{head}<title>t</title></head><body><p>x</p></body></html>";

        var a = ArticleExtractor.Extract(html, new Uri("https://news.example.com/page/1?fbclid=zz#c"));

        Assert.Equal(expected, a.CanonicalUrl);
    }
}
