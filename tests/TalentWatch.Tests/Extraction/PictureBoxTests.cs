using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>Boxes around a picture that are built like a figure without the tag.</summary>
public sealed class PictureBoxTests
{
    private static readonly Uri Url = new("https://news.example.org/2024/05/lab-head-leaves/");

    private const string Paragraphs =
        "<p>The research group announced on Monday that its head of language models is leaving after six years, to join a rival laboratory in Paris.</p>" +
        "BOX" +
        "<p>Colleagues said the departure had been expected since the spring, when two senior engineers left for the same company, and that the team will be led by her deputy.</p>" +
        "<p>The laboratory did not comment on the salary it offered, but people familiar with the talks described it as the highest it has paid to a researcher.</p>" +
        "<p>A spokesperson said the team would keep working on the next model, due in the autumn, and that no projects were affected by the change.</p>";

    private static string Page(string box) =>
        "<html lang='en'><head><title>Head of language models leaves</title></head><body>" +
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>" +
        $"<div class='story'><h1>Head of language models leaves</h1>{Paragraphs.Replace("BOX", box, StringComparison.Ordinal)}</div>" +
        "<footer>© The Paper</footer></body></html>";

    [Theory]
    [InlineData("<div class='img-inline'><img src='/a.jpg'><p class='note'>The laboratory in Paris. © Agency / Jane Doe</p></div>")]
    [InlineData("<div class='imginline'><img src='/a.jpg'><span class='bildunterschrift'>Jane Doe in her lab in Paris, seen from the river</span></div>")]
    [InlineData("<span class='picture-element'><a href='/a.jpg'><img src='/a.jpg'></a><p class='image-annotation'><em class='copyright'>Agency | Jane Doe</em></p></span>")]
    public void A_picture_box_with_a_caption_or_credit_is_left_out(string box)
    {
        var article = ArticleExtractor.Extract(Page(box), Url);

        Assert.Contains("The laboratory did not comment", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_box_with_a_picture_and_no_caption_is_kept()
    {
        // A recipe step or a gallery item: a picture and a line of the story.
        var article = ArticleExtractor.Extract(Page("<div class='step'><img src='/step.jpg'><div>Stir the sauce for two minutes.</div></div>"), Url);

        Assert.Contains("Stir the sauce for two minutes.", article.Text, StringComparison.Ordinal);
    }
}
