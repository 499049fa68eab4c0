using System.Net;

namespace TalentWatch.Web.Tests.Pages;

[Collection(PagesGroup.Name)]
public class SearchPageTests(PagesFixture fixture)
{
    [Theory]
    [InlineData("أكمي")] // as written
    [InlineData("اكمي")] // bare alef
    [InlineData("إكمي")] // alef with hamza below
    [InlineData("أَكْمِي")] // with diacritics
    [InlineData("عمر  حدّاد")] // shadda and extra space
    public async Task An_arabic_article_is_found_whatever_the_spelling_variant(string query)
    {
        var page = await fixture.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(fixture.ArticleItem("arabic"), PagesFixture.Items(page));
    }

    [Fact]
    public async Task English_words_must_all_match()
    {
        var page = await fixture.GetDocumentAsync("/search?q=Globex+researchers");

        Assert.Equal([fixture.ArticleItem("globex")], PagesFixture.Items(page));
        Assert.Empty(PagesFixture.Items(await fixture.GetDocumentAsync("/search?q=Globex+cafeteria")));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("acme OR NEAR(")]
    [InlineData("title:* AND -")]
    [InlineData("'); DROP TABLE Articles; --")]
    public async Task Fts_syntax_in_the_query_is_just_text(string query)
    {
        var response = await fixture.Client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
