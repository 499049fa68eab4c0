using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
using TalentWatch.Vocabulary;
using static TalentWatch.Tests.Discovery.SyntheticArticles;

namespace TalentWatch.Tests.Discovery;

public sealed class ArabicDiscoveryTests
{
    [Theory]
    [InlineData("Nova Labs", "نوفا لابز", EntityKind.Org)]
    [InlineData("Sarah Al-Khatib", "سارة الخطيب", EntityKind.Person)]
    [InlineData("Google", "غوغل", EntityKind.Org)]
    [InlineData("Thomas Brown", "توماس براون", EntityKind.Person)]
    [InlineData("Stanford University", "جامعة ستانفورد", EntityKind.Org)]
    [InlineData("Marcus Lee", "ماركوس لي", EntityKind.Person)]
    [InlineData("Anthropic", "أنثروبيك", EntityKind.Org)]
    public void A_latin_form_in_parentheses_names_the_entity_and_keeps_the_arabic_form(string name, string arabic, EntityKind kind)
    {
        var entity = Find(Discover("syn-ar-tech"), name);

        Assert.Equal(name, entity.Name);
        Assert.Equal(NameKey.Of(arabic), NameKey.Of(entity.NameAr ?? string.Empty));
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void A_name_after_yud_aa_without_a_latin_form_keeps_its_arabic_name()
    {
        var entity = Find(Discover("syn-ar-tech"), "كريم منصور");

        Assert.Equal("كريم منصور", entity.Name);
        Assert.Equal(EntityKind.Person, entity.Kind);
    }

    [Fact]
    public void Later_bare_surname_mentions_count_with_clitics()
    {
        var entity = Find(Discover("syn-ar-tech"), "Sarah Al-Khatib");

        Assert.Contains("الخطيب", entity.Aliases);
        Assert.True(entity.Count >= 3, $"count {entity.Count}");
    }

    [Theory]
    [InlineData("London")]
    [InlineData("لندن")]
    [InlineData("United States")]
    [InlineData("الولايات المتحدة")]
    [InlineData("May")]
    [InlineData("Chief Financial Officer")]
    [InlineData("NovaChat")]
    [InlineData("The Times")]
    public void Places_months_titles_and_products_are_not_names(string notAName) =>
        Assert.False(Mentions(Discover("syn-ar-tech"), notAName), $"'{notAName}' was discovered");

    [Theory]
    [InlineData("Barcelona", EntityKind.Org)]
    [InlineData("Jules Koundé", EntityKind.Person)]
    [InlineData("Sevilla", EntityKind.Org)]
    [InlineData("Xavi Hernández", EntityKind.Person)]
    public void Sports_story_clubs_and_players(string name, EntityKind kind) =>
        Assert.Equal(kind, Find(Discover("syn-ar-sports"), name).Kind);

    [Fact]
    public void A_player_surname_alone_counts_toward_the_full_name()
    {
        var entity = Find(Discover("syn-ar-sports"), "Jules Koundé");

        Assert.Contains("كوندي", entity.Aliases);
        Assert.Equal(3, entity.Count); // title, full name, bare surname
    }

    [Theory]
    [InlineData("ترينت ألكسندر-أرنولد (Trent Alexander-Arnold)", "Trent Alexander-Arnold", "ترينت ألكسندر-أرنولد", EntityKind.Person)]
    [InlineData("عرضًا من نادي الاتحاد (Al-Ittihad) لضمه", "Al-Ittihad", "الاتحاد", EntityKind.Org)]
    [InlineData("انضم إلى شركة أوبن إيه آي (OpenAI) العام الماضي", "OpenAI", "أوبن إيه آي", EntityKind.Org)]
    [InlineData("ودانيال ليفي (Daniel Levy)، الباحث السابق", "Daniel Levy", "دانيال ليفي", EntityKind.Person)]
    [InlineData("لشركة ويندسيرف (Windsurf) الناشئة", "Windsurf", "ويندسيرف", EntityKind.Org)]
    [InlineData("ستتعاون مع مجموعة سوفت بنك (SoftBank Group) قريبًا", "SoftBank Group", "مجموعة سوفت بنك", EntityKind.Org)]
    [InlineData("حصلت على ترخيص من إدارة الطيران الفيدرالية الأمريكية (FAA) أمس", "FAA", "إدارة الطيران الفيدرالية الأمريكية", EntityKind.Org)]
    [InlineData("وتعتمد وكالة الفضاء ناسا (NASA) على الصاروخ", "NASA", "ناسا", EntityKind.Org)]
    [InlineData("ممثلون عن الاتحاد الأوروبي (European Union) والأمم المتحدة (United Nations)", "United Nations", "الأمم المتحدة", EntityKind.Org)]
    [InlineData("الخبير جيفري هينتون (Geoffrey Hinton) في جامعة تورنتو (University of Toronto)", "University of Toronto", "جامعة تورنتو", EntityKind.Org)]
    public void Arabic_words_before_the_parenthesis_match_the_latin_form(string text, string latin, string arabic, EntityKind kind)
    {
        var entity = Find(EntityDiscovery.Discover(string.Empty, text, "ar", []), latin);

        Assert.Equal(arabic, entity.NameAr);
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void A_known_catalog_mention_in_arabic_is_not_discovered_again()
    {
        const string text = "انضم جون ديفيس (John Davis) إلى تسلا (Tesla) الشهر الماضي.";
        var tesla = text.IndexOf("تسلا", StringComparison.Ordinal);
        var known = new[] { new EntityMention("tesla", EntityKind.Org, tesla, 4, false, "تسلا") };

        var found = EntityDiscovery.Discover(string.Empty, text, "ar", known);

        Assert.False(Mentions(found, "Tesla"));
        Assert.True(Mentions(found, "John Davis"));
    }

    [Fact]
    public void A_name_starting_with_waw_keeps_it_without_a_latin_form()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وحضر المؤتمر الملياردير الأمريكي وارن بافيت، كما تحدث وسام ألتمان.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "وارن بافيت").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "سام ألتمان").Kind);
    }

    [Fact]
    public void An_acronym_glossed_by_an_adjective_takes_no_arabic_form()
    {
        var found = EntityDiscovery.Discover(string.Empty, "ووقعت اتفاقًا مع الصندوق السعودي (PIF) الأسبوع الماضي.", "ar", []);

        Assert.False(Mentions(found, "السعودي"));
    }

    [Fact]
    public void Names_without_latin_forms_come_from_cues_and_given_names()
    {
        const string text = "عيّنت شركة أرامكو السعودية المهندس خالد العتيبي رئيسًا لوحدة الذكاء الاصطناعي، خلفًا للدكتور أحمد الزهراني الذي انتقل إلى شركة هيوماين الناشئة.\n\n"
            + "وأشار إلى أن العتيبي عمل سابقًا في أرامكو، وأن هيوماين استقطبت باحثين من جامعة محمد بن زايد للذكاء الاصطناعي في الرياض.";

        var found = EntityDiscovery.Discover(string.Empty, text, "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "خالد العتيبي").Kind);
        Assert.Equal(2, Find(found, "خالد العتيبي").Count);
        Assert.Equal(EntityKind.Person, Find(found, "أحمد الزهراني").Kind);
        Assert.Equal(EntityKind.Org, Find(found, "أرامكو").Kind);
        Assert.Equal(EntityKind.Org, Find(found, "هيوماين").Kind);
        Assert.False(Mentions(found, "محمد بن زايد")); // names the university here
        Assert.False(Mentions(found, "الرياض"));
    }

    [Fact]
    public void Gulf_sports_names_long_latin_forms_and_events()
    {
        const string text = "أعلن نادي مانشستر سيتي (Manchester City) تعيين هوغو فيانا (Hugo Viana) خلفًا لتشيكي بيغريستين (Txiki Begiristain)، بحسب بيان لمجموعة سيتي فوتبول جروب (City Football Group).\n\n"
            + "ويملك النادي الشيخ منصور بن زايد آل نهيان (Mansour bin Zayed Al Nahyan)، وسيلعب الفريق في كأس العالم للأندية (Club World Cup) في ملعب الاتحاد (Etihad Stadium) في يونيو (June).";

        var found = EntityDiscovery.Discover(string.Empty, text, "ar", []);

        Assert.Equal(EntityKind.Org, Find(found, "Manchester City").Kind);
        Assert.Equal(EntityKind.Org, Find(found, "City Football Group").Kind);
        Assert.Equal("تشيكي بيغريستين", Find(found, "Txiki Begiristain").NameAr);
        Assert.Equal("منصور بن زايد آل نهيان", Find(found, "Mansour bin Zayed Al Nahyan").NameAr);
        Assert.Equal(EntityKind.Person, Find(found, "Mansour bin Zayed Al Nahyan").Kind);
        Assert.False(Mentions(found, "Club World Cup"));
        Assert.False(Mentions(found, "Etihad Stadium"));
        Assert.False(Mentions(found, "June"));
    }

    [Fact]
    public void A_person_after_a_role_with_its_rank_and_company()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وقال المدير التنفيذي للشركة جون ديفيس إن النتائج قوية، فيما غادر الرئيس التنفيذي لأوبن أيه آي منصبه.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "جون ديفيس").Kind);
        Assert.Single(found);
    }

    [Fact]
    public void The_employee_cue_introduces_a_person()
    {
        var found = EntityDiscovery.Discover("", "وتقول الدعوى إن الموظف زوران كيماني نقل وثائق سرية قبل أن يغادر الشركة.", "ar", []);
        Assert.Equal(EntityKind.Person, Find(found, "زوران كيماني").Kind);
    }

    [Fact]
    public void A_period_of_time_after_a_title_is_not_a_name()
    {
        var found = EntityDiscovery.Discover("", "حيث شغل منصب نائب الرئيس لفترة وجيزة قبل انتقاله.", "ar", []);
        Assert.False(Mentions(found, "لفترة وجيزة"));
        Assert.Empty(found);
    }

    [Fact]
    public void A_product_in_parentheses_is_not_discovered()
    {
        var found = EntityDiscovery.Discover("", "وكان مسؤولا عن المساعد الصوتي سيري (Siri) قبل أن يغادر شركة نوفا لابز (Nova Labs).", "ar", []);
        Assert.False(Mentions(found, "Siri"));
        Assert.True(Mentions(found, "Nova Labs"));
    }

    [Theory]
    [InlineData("وانضم إليها الباحث الأردني سامر الخطيب الشهر الماضي.", "سامر الخطيب")]
    [InlineData("أعلن المعهد تعيين الدكتورة هالة المنصوري كبيرة للباحثين.", "هالة المنصوري")]
    [InlineData("ففي العام الماضي انتقلت المهندسة جيني تشاو إلى شركة أخرى.", "جيني تشاو")]
    public void A_person_cue_takes_a_surname_with_the_article_and_feminine_cues_count(string text, string name)
    {
        var found = EntityDiscovery.Discover(string.Empty, text, "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, name).Kind);
    }

    [Fact]
    public void A_second_title_after_a_cue_is_not_a_name()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وغادر الشريك المؤسس وكبير العلماء الشركة في مايو.", "ar", []);

        Assert.False(Mentions(found, "وكبير العلماء"));
        Assert.False(Mentions(found, "كبير العلماء"));
    }

    [Fact]
    public void A_name_in_quotation_marks_after_a_company_word_is_an_organisation_even_when_named_once()
    {
        var found = EntityDiscovery.Discover(string.Empty, "أعلنت شركة «مداد» الناشئة جمع 30 مليون دولار.", "ar", []);

        Assert.Equal(EntityKind.Org, Find(found, "مداد").Kind);
    }

    [Fact]
    public void A_quoted_name_of_several_words_after_a_company_word_is_the_whole_organisation_name()
    {
        var found = EntityDiscovery.Discover(string.Empty, "أعلنت شركة «حبة الهيل» السعودية تعيين رئيس تنفيذي جديد قادم من مجموعة «الأسواق الحديثة».", "ar", []);

        Assert.Equal(EntityKind.Org, Find(found, "حبة الهيل").Kind);
        Assert.Equal(EntityKind.Org, Find(found, "الأسواق الحديثة").Kind);
        Assert.False(Mentions(found, "حبة"));
    }

    [Fact]
    public void Quotation_marks_that_do_not_close_soon_after_a_company_word_name_nothing()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وكتبت مجموعة «سنبني فريقا جديدا كبيرا في المنطقة هذا العام» في بيانها.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Org);
    }

    [Fact]
    public void A_name_followed_by_a_comma_and_a_definite_title_is_a_person()
    {
        var found = EntityDiscovery.Discover(string.Empty, "دفعت الشركة مبلغا كبيرا لاستقطاب روشان سانكار، الرئيس التنفيذي لشركة ناشئة.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "روشان سانكار").Kind);
    }

    [Fact]
    public void A_company_word_before_the_name_keeps_it_from_being_a_person()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وقالت شركة سامبا نوفا، الرئيس التنفيذي فيها غائب.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person && NameKey.Of(e.Name) == NameKey.Of("سامبا نوفا"));
    }

    [Fact]
    public void A_name_followed_by_a_definite_noun_and_a_nationality_is_a_person()
    {
        var found = EntityDiscovery.Discover(string.Empty, "انضم دومينيك كينغ، الجراح البريطاني الذي قاد فريق الصحة، إلى الشركة.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "دومينيك كينغ").Kind);
    }

    [Fact]
    public void A_name_described_as_a_company_with_a_nationality_is_no_person()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وقالت إن سامبا نوفا، الشركة الأمريكية الناشئة، تعمل على رقاقات.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person && NameKey.Of(e.Name) == NameKey.Of("سامبا نوفا"));
    }

    [Fact]
    public void A_preposition_and_a_noun_phrase_after_a_title_are_no_name()
    {
        var found = EntityDiscovery.Discover(string.Empty, "ليتولى منصب نائب الرئيس لقطاع الصحة في الشركة.", "ar", []);

        Assert.False(Mentions(found, "لقطاع الصحة"));
    }

    [Fact]
    public void A_given_name_starting_with_lam_before_a_family_name_with_the_article_is_a_person()
    {
        var found = EntityDiscovery.Discover(string.Empty, "وقالت المديرة لينا الخطيب إن الفريق جاهز.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "لينا الخطيب").Kind);
    }

    // A word said twice is a candidate name: the department comes back in the second sentence.
    [Theory]
    [InlineData("يغادر سيباستيان بوبيك، نائب رئيس أبحاث الذكاء الاصطناعي التوليدي في مايكروسوفت، الشركة. وقالت مصادر إنه سيعمل على أبحاث الذكاء الاصطناعي العام.", "أبحاث")]
    [InlineData("عُيّنت الباحثة هالة منصور مديرة لأبحاث معالجة اللغة العربية في المعهد. وستقود منصور أبحاث اللهجات.", "لأبحاث")]
    [InlineData("وقال توم بيكر، نائب رئيس هندسة المنصات في الشركة، إن الفريق جاهز. وتضم هندسة المنصات مئتي مهندس.", "هندسة")]
    public void A_department_after_a_title_is_no_company(string text, string department)
    {
        var found = EntityDiscovery.Discover(string.Empty, text, "ar", []);

        Assert.False(Mentions(found, department));
    }
}
