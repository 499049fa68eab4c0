namespace TalentWatch.Tests.Entities;

public class ArabicCliticsTests
{
    [Theory]
    [InlineData("التقى سام ألتمان وألتمان قال", "sam-altman", "ألتمان")]
    [InlineData("سام ألتمان والتمان", "sam-altman", "التمان")]
    [InlineData("باع أسهمه لتسلا", "tesla", "تسلا")]
    [InlineData("انضم إلى بشركة ميتا", "meta", "ميتا")]
    [InlineData("انتقل لغوغل", "google", "غوغل")]
    [InlineData("يعمل بجوجل منذ عام", "google", "جوجل")]
    [InlineData("وللتسلا مصنع", "tesla", "تسلا")]
    [InlineData("مهندس سابق بـOpenAI", "openai", "OpenAI")]
    public void Alias_after_a_proclitic_chain_matches(string body, string slug, string surface)
    {
        var last = TestCatalog.Matcher.Match("", body)[^1];
        Assert.Equal(slug, last.Slug);
        Assert.Equal(surface, last.Surface);
        Assert.Equal(surface, body.Substring(last.Start, last.Length));
    }

    [Theory]
    [InlineData("إيلون ماسك تحدث عن تماسك الفريق")]
    [InlineData("إيلون ماسك تحدث عن فريق متماسك")]
    [InlineData("إيلون ماسك وبيع الماسكات")]
    [InlineData("إيلون ماسك والماسك بزمام الأمور")]
    public void Musk_is_not_found_inside_other_words(string body)
    {
        var mentions = TestCatalog.Matcher.Match("", body);
        Assert.Single(mentions);
        Assert.Equal("إيلون ماسك", mentions[0].Surface);
    }

    [Theory]
    [InlineData("مادة كيميتا الجديدة")]
    [InlineData("أسلوب ميتافيزيقي")]
    [InlineData("تسلاوي")]
    public void Org_alias_is_not_found_inside_other_words(string body) =>
        Assert.Empty(TestCatalog.Slugs(body));

    [Fact]
    public void Lam_fused_with_the_article_matches_an_alias_that_starts_with_it()
    {
        var matcher = new TalentWatch.Entities.EntityMatcher(
            [new("ai", TalentWatch.Vocabulary.EntityKind.Org, "Artificial intelligence", "الذكاء الاصطناعي", [])]);

        var mention = Assert.Single(matcher.Match("", "مختبر للذكاء الاصطناعي"));
        Assert.Equal("لذكاء الاصطناعي", mention.Surface);
        Assert.Empty(matcher.Match("", "مختبر لذكاء الاصطناعي"));
    }
}
