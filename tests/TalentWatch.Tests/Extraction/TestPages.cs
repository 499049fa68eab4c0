using System.Text;
using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

internal static class TestPages
{
    /// <summary>Three paragraphs of a story, for pages whose markup around them is what a test is about.</summary>
    public const string Story =
        "<p>The research group announced on Monday that its head of language models is leaving after six years, to join a rival laboratory in Paris.</p>" +
        "<p>Colleagues said the departure had been expected since the spring, when two senior engineers left for the same company, and that the team will be led by her deputy.</p>" +
        "<p>The laboratory did not comment on the salary it offered, but people familiar with the talks described it as the highest it has paid to a researcher.</p>";

    /// <summary>The first and last paragraph of <see cref="Story"/> are in the text and the sidebar's links are not.</summary>
    public static void AssertStoryKept(ExtractedArticle article)
    {
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The research group announced on Monday", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The laboratory did not comment", StringComparison.Ordinal));
        Assert.DoesNotContain("An older post about robots", article.Text, StringComparison.Ordinal);
    }

    static TestPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Load(string name, int codePage = 0)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", name);
        return codePage == 0 ? File.ReadAllText(path, Encoding.UTF8) : File.ReadAllText(path, Encoding.GetEncoding(codePage));
    }
}
