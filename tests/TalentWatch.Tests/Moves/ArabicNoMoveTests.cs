namespace TalentWatch.Tests.Moves;

/// <summary>Arabic sentences with a trigger word or a title that report no move: denials, plans, counterfactuals, roles.</summary>
public sealed class ArabicNoMoveTests
{
    [Theory]
    [InlineData("نفى عمر فاروق أنه سينضم إلى أمازون.")]
    [InlineData("لم تنضم لينا حداد إلى أبل.")]
    [InlineData("ولن يغادر توم بيكر إنفيديا هذا العام.")]
    [InlineData("وكان عمر فاروق سينضم إلى أمازون لولا تدخل غوغل.")]
    [InlineData("تدرس لينا حداد الانتقال إلى ميتا.")]
    [InlineData("وتجري بريا رامان محادثات للانضمام إلى أنثروبيك.")]
    [InlineData("قد ينتقل توم بيكر إلى إنفيديا.")]
    [InlineData("وكان بيكر يفكر في ترك غوغل.")]
    [InlineData("قال سام ألتمان، الرئيس التنفيذي لشركة أوبن إيه آي، إن الشركة تنمو بسرعة.")]
    [InlineData("أطلقت تسلا سيارة جديدة.")]
    [InlineData("غادر إيلون ماسك الاجتماع مبكرا.")]
    [InlineData("وتركز ميتا على الرحلة الطويلة نحو الذكاء العام.")]
    [InlineData("وأكد توم بيكر أنه لا ينوي مغادرة إنفيديا.")]
    [InlineData("وانضمت أنثروبيك إلى تحالف جديد للسلامة.")]
    [InlineData("ترك توم بيكر أثرا كبيرا في أبل.")]
    [InlineData("وتنضم ميسترال إلى قائمة متزايدة من الشركات الناشئة.")]
    [InlineData("وتأسست ميسترال في مايو برئاسة توم بيكر.")]
    [InlineData("وقال توم بيكر إن الشركة عيّنت مستشارين قانونيين لمراجعة الصفقة.")]
    [InlineData("وقد عُيّن المؤتمر موعدا جديدا في أبل.")]
    [InlineData("عُيّن عمر فاروق متحدثا باسم الحملة الانتخابية.")]
    [InlineData("وقالت أبل إن معدلات الاحتفاظ بموظفيها مستقرة.")]
    [InlineData("وتلقت ميسترال عروضا من ميتا لشراء حصة فيها.")]
    [InlineData("ومن المقرر أن ينضم توم بيكر إلى أنثروبيك الشهر المقبل.")]
    public void No_move(string sentence)
    {
        Assert.Empty(MoveKit.Keys(sentence, "ar"));
    }

    [Fact]
    public void Counted_staff_later_in_the_clause_is_the_subject_not_the_last_named_person()
    {
        var keys = MoveKit.Keys("وأسس توم بيكر شركة ميسترال. إذ انضم إلى الوحدة خلال الأشهر الماضية عدد من مهندسي أنثروبيك.", "ar");

        Assert.DoesNotContain(keys, k => k.StartsWith("join|tom-becker|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_with_its_object_pronoun_and_a_subject_of_its_own_is_not_the_last_named_person_move()
    {
        var keys = MoveKit.Keys("وانضمت لينا حداد إلى ميسترال. ويأتي ذلك ضمن موجة من الشركات التي يؤسسها عرب عائدون من وادي السيليكون.", "ar");

        Assert.DoesNotContain(keys, k => k.StartsWith("found|lina-haddad|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_verb_with_no_named_speaker_is_not_the_last_named_person_move()
    {
        var keys = MoveKit.Keys("وانضم توم بيكر إلى أنثروبيك الشهر الماضي. «غادرت أبل لأنني أردت أن أبني شيئا جديدا»", "ar");

        Assert.DoesNotContain(keys, k => k.StartsWith("leave|tom-becker|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("عاد توم بيكر إلى تسلا التي عمل فيها قبل انتقاله إلى شركة ماسك في صيف 2023، وفق ما أعلنه في منشور على منصة «إكس».")]
    [InlineData("عاد توم بيكر إلى تسلا التي عمل فيها قبل انتقاله إلى شركة ماسك في صيف 2023، وفق ما أعلنه عبر حسابه على تويتر.")]
    public void A_platform_the_news_was_posted_on_is_no_destination(string sentence)
    {
        Assert.DoesNotContain(MoveKit.Keys(sentence, "ar"), k => k.Contains("x-corp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_launching_a_company_is_no_founding_by_the_person_named_before()
    {
        var keys = MoveKit.Keys("وقال متحدث باسم الشركة التي يقودها توم بيكر إن الفريق جاهز. وأطلقت أبل «ميسترال» في مايو 2025.", "ar");

        Assert.DoesNotContain(keys, k => k.StartsWith("found|", StringComparison.Ordinal));
    }

    [Fact]
    public void Whoever_hires_someone_to_found_a_lab_is_not_its_founder()
    {
        var keys = MoveKit.Keys("ويعمل عمر فاروق في ميتا منذ عام 2013 حين استقطبه توم بيكر لتأسيس ميسترال.", "ar");

        Assert.DoesNotContain(keys, k => k.StartsWith("found|tom-becker|", StringComparison.Ordinal));
    }
}
