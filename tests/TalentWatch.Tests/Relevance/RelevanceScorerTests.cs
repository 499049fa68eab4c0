using TalentWatch.Relevance;

namespace TalentWatch.Tests.Relevance;

public class RelevanceScorerTests
{
    [Theory]
    [InlineData("OpenAI poaches Google researchers", "The AI lab hired three researchers who built large language models at Google, offering pay packages worth millions.")]
    [InlineData("صراع مواهب الذكاء الاصطناعي يشتد", "تحاول شركات الذكاء الاصطناعي استقطاب الباحثين والمهندسين بعروض رواتب ضخمة، وانضم عدد منهم إلى مختبرات جديدة.")]
    public void Ai_talent_stories_are_relevant_and_say_why(string title, string text)
    {
        var result = RelevanceScorer.Score(title, text, moves: 0);
        Assert.True(result.Relevant, string.Join(", ", result.Signals));
        Assert.Contains(result.Signals, s => s.StartsWith("ai", StringComparison.Ordinal));
        Assert.Contains(result.Signals, s => s.StartsWith("talent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tesla deliveries fall as BYD closes in", "Tesla delivered fewer cars this quarter. Chief Executive Elon Musk has pitched Tesla as an artificial intelligence company.")]
    [InlineData("Starbucks poaches Chipotle's CEO", "Starbucks hired Chipotle's chief executive, who joined the burrito chain in 2018, as its new chairman.")]
    [InlineData("محمد صلاح يجدد عقده مع ليفربول", "أعلن نادي ليفربول تجديد عقد نجمه المصري الذي انضم إلى الفريق عام 2017.")]
    [InlineData("Google launches a new AI model", "The AI model answers questions with a large language model and artificial intelligence features for phones.")]
    public void Stories_missing_either_side_are_not_relevant(string title, string text)
    {
        var result = RelevanceScorer.Score(title, text, moves: 0);
        Assert.False(result.Relevant, $"{result.Score}: {string.Join(", ", result.Signals)}");
    }

    [Fact]
    public void Moves_found_push_an_ai_story_over_the_line()
    {
        const string title = "AI lab update";
        const string text = "The artificial intelligence company said the AI researcher will lead its new team.";
        Assert.True(RelevanceScorer.Score(title, text, moves: 2).Score > RelevanceScorer.Score(title, text, moves: 0).Score);
        Assert.True(RelevanceScorer.Score(title, text, moves: 2).Relevant);
    }

    [Theory]
    [InlineData("Startup names a chief scientist", "The research company, founded by former researchers from Anthropic and Google DeepMind, hired a head of research from Cohere.")]
    [InlineData("شركة ناشئة تعيّن رئيسا للأبحاث", "انضمت الباحثة السابقة في أوبن إيه آي إلى الشركة، بعد أن عملت سنوات في أنثروبيك، وتعيين مهندسين جدد.")]
    [InlineData("هيوماين تعزز فريقها", "عززت هيوماين فريقها بمديرين من إنفيديا، وتخطط لبناء مراكز بيانات ضمن شراكات مع جي 42.")]
    [InlineData("Gulf lab hires", "MBZUAI hired three researchers from the Technology Innovation Institute and DeepSeek this month.")]
    public void Two_ai_labs_named_make_a_hiring_story_about_ai(string title, string text)
    {
        var result = RelevanceScorer.Score(title, text, moves: 1);
        Assert.True(result.Relevant, $"{result.Score}: {string.Join(", ", result.Signals)}");
        Assert.Contains(result.Signals, s => s.StartsWith("ai:labs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SpaceX catches its booster", "SpaceX, founded by Elon Musk, caught the rocket. Musk also runs xAI, and xAI hired engineers.")]
    [InlineData("سبيس إكس تلتقط المعزز", "أسس ماسك سبيس إكس عام 2002، ويقود أيضا شركة إكس إيه آي (xAI).")]
    public void One_lab_named_in_both_scripts_is_not_an_ai_story(string title, string text)
    {
        var result = RelevanceScorer.Score(title, text, moves: 1);
        Assert.DoesNotContain(result.Signals, s => s.StartsWith("ai:labs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tesla loses seven engineers to a robot startup", "Seven engineers from the humanoid robot team left Tesla together to join a startup.")]
    [InlineData("تسلا تخسر مهندسي الروبوتات البشرية لصالح شركة ناشئة", "غادر سبعة مهندسين من فريق الروبوت البشري في تسلا الشركة، وانضموا إلى شركة ناشئة.")]
    public void Humanoid_robots_are_ai_vocabulary(string title, string text)
    {
        var result = RelevanceScorer.Score(title, text, moves: 1);
        Assert.True(result.Relevant, $"{result.Score}: {string.Join(", ", result.Signals)}");
    }

    [Theory]
    [InlineData("Factory hires 200 workers", "The car plant hired 200 workers to run its welding robots.")]
    [InlineData("مصنع يوظف 200 عامل", "وظف مصنع السيارات 200 عامل لتشغيل الروبوتات الصناعية.")]
    public void Industrial_robots_alone_are_not_ai_vocabulary(string title, string text)
    {
        Assert.False(RelevanceScorer.Score(title, text, moves: 1).Relevant);
    }
}
