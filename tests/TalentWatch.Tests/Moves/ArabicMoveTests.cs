namespace TalentWatch.Tests.Moves;

public sealed class ArabicMoveTests
{
    [Fact]
    public void Join_with_conjunction_clitic()
    {
        Assert.Contains("join|lina-haddad|anthropic", MoveKit.ScoreKeys("وانضمت لينا حداد إلى أنثروبيك قادمة من غوغل.", "ar"));
    }

    [Fact]
    public void Join_with_lam_clitic_on_the_company()
    {
        Assert.Equal(["join|omar-farouk|nvidia"], MoveKit.ScoreKeys("انتقل عمر فاروق لإنفيديا بعد سنوات في أبل.", "ar"));
    }

    [Fact]
    public void Verb_first_sentence_with_object_before_subject()
    {
        Assert.Equal(["leave|tom-becker|apple"], MoveKit.ScoreKeys("وغادر أبل أيضا توم بيكر الشهر الماضي.", "ar"));
    }

    [Fact]
    public void Company_hires_with_dam()
    {
        Assert.Contains("join|priya-raman|meta", MoveKit.ScoreKeys("وضمت ميتا بريا رامان لقيادة فريقها الجديد.", "ar"));
    }

    [Fact]
    public void Verbal_noun_with_pronoun_suffix_and_preposition()
    {
        Assert.Equal(["leave|lina-haddad|mistral-ai"], MoveKit.ScoreKeys("أعلنت لينا حداد استقالتها من ميسترال.", "ar"));
    }

    [Fact]
    public void Founding_with_year()
    {
        var move = Assert.Single(MoveKit.Extract("أسس عمر فاروق شركة ميسترال عام 2023.", "ar"));
        Assert.Equal((TalentWatch.Vocabulary.MoveType.Found, "omar-farouk", "mistral-ai", "2023"), (move.Type, move.PersonSlug, move.ToSlug, move.Date));
    }

    [Fact]
    public void Co_founding_with_clitics()
    {
        Assert.Contains("found|omar-farouk|mistral-ai", MoveKit.ScoreKeys("وشارك عمر فاروق في تأسيس ميسترال بعد رحيله عن غوغل.", "ar"));
    }

    [Fact]
    public void Relative_founding_after_the_company()
    {
        Assert.Contains("found|elon-musk|tesla", MoveKit.ScoreKeys("وتواجه تسلا، التي أسسها إيلون ماسك، منافسة قوية.", "ar"));
    }

    [Fact]
    public void Poaching_staff_of_a_company()
    {
        Assert.Equal(["poach|meta|apple"], MoveKit.ScoreKeys("استقطبت ميتا عددا من مهندسي أبل.", "ar"));
    }

    [Fact]
    public void Poaching_attempt_with_clitic_on_the_trigger()
    {
        Assert.Equal(["poach|amazon|nvidia"], MoveKit.ScoreKeys("وتحاول أمازون لاصطياد باحثي إنفيديا منذ أشهر.", "ar"));
    }

    [Fact]
    public void Poaching_from_coordinated_companies()
    {
        var keys = MoveKit.ScoreKeys("واستقطبت أمازون باحثين من أبل وغوغل لصالح مختبرها الجديد.", "ar");
        Assert.Equal(["poach|amazon|apple", "poach|amazon|google"], keys);
    }

    [Fact]
    public void Pay_raise_retains_staff()
    {
        Assert.Equal(["retain|google"], MoveKit.ScoreKeys("قررت غوغل زيادة رواتب باحثيها للحفاظ عليهم.", "ar"));
    }

    [Fact]
    public void Retention_answers_the_poaching_in_the_same_clause()
    {
        var keys = MoveKit.ScoreKeys("رفعت تسلا رواتب مهندسيها بعد محاولات أوبن إيه آي استقطاب مهندسي تسلا.", "ar");
        Assert.Contains("retain|tesla", keys);
        Assert.Contains("poach|openai|tesla", keys);
    }

    [Fact]
    public void Persuading_to_stay_is_retention()
    {
        Assert.Contains("retain|apple", MoveKit.ScoreKeys("اتصل توم بيكر، أحد مؤسسي أبل، بموظف لإقناعه بالبقاء.", "ar"));
    }

    [Fact]
    public void Date_from_month_and_year()
    {
        var move = Assert.Single(MoveKit.Extract("وانضم توم بيكر إلى أمازون في يوليو (تموز) 2022.", "ar"));
        Assert.Equal("2022-07", move.Date);
    }

    [Fact]
    public void Qad_before_a_past_verb_is_not_a_hedge()
    {
        Assert.Equal(["join|omar-farouk|anthropic"], MoveKit.ScoreKeys("وقد انضم عمر فاروق إلى أنثروبيك العام الماضي.", "ar"));
    }

    [Fact]
    public void Losing_an_engineer_to_a_rival_is_his_join()
    {
        Assert.Equal(["join|tom-becker|apple|meta"], MoveKit.Keys("خسرت أبل مهندسها توم بيكر لصالح ميتا.", "ar"));
    }

    [Fact]
    public void Passive_founding_names_the_founder_after_ala_yad()
    {
        Assert.Equal(["found|omar-farouk|mistral-ai"], MoveKit.ScoreKeys("تأسست ميسترال عام 2023 على يد عمر فاروق.", "ar"));
    }

    [Fact]
    public void Role_is_read_after_the_appointee()
    {
        var move = Assert.Single(MoveKit.Extract("عيّنت أمازون لينا حداد رئيسة تنفيذية للذكاء الاصطناعي.", "ar"));
        Assert.Equal(("lina-haddad", "amazon", "رئيسة تنفيذية للذكاء الاصطناعي"), (move.PersonSlug, move.ToSlug, move.Role));
    }

    [Fact]
    public void Job_noun_before_a_name_is_a_title_not_staff()
    {
        Assert.Equal(["join|tom-becker|tesla"], MoveKit.ScoreKeys("واستقطبت تسلا المهندس توم بيكر من أبل.", "ar"));
    }

    [Fact]
    public void Retention_bonus_with_lam_fused_article()
    {
        Assert.Contains("retain|google", MoveKit.ScoreKeys("وعرضت غوغل على موظفيها مكافآت للاحتفاظ بهم بعد محاولات أنثروبيك جذبهم.", "ar"));
    }

    [Fact]
    public void Headline_verb_after_subject_with_employer_title()
    {
        Assert.Equal(["join|lina-haddad|google|meta"], MoveKit.Keys("ميتا تخطف باحثة غوغل لينا حداد", "ar"));
    }

    [Fact]
    public void Company_named_with_bism_is_the_founded_one()
    {
        Assert.Equal(["found|omar-farouk|mistral-ai"], MoveKit.ScoreKeys("عمر فاروق يؤسس شركة ناشئة جديدة باسم ميسترال", "ar"));
    }

    [Fact]
    public void Person_after_a_company_noun_owns_it()
    {
        // "انضم إلى شركة ماسك": Musk's company; the mover is the one named before.
        Assert.Equal(["join|tom-becker|tesla"], MoveKit.ScoreKeys("وقال توم بيكر إنه انضم إلى شركة ماسك تسلا.", "ar"));
    }

    [Fact]
    public void Definite_object_before_the_subject_in_verb_first_order()
    {
        Assert.Equal(["leave|omar-farouk|nvidia"], MoveKit.ScoreKeys("وأعلنت إنفيديا خطة جديدة. كما غادر الشركة عمر فاروق.", "ar"));
    }

    [Fact]
    public void Ta_marbuta_before_a_pronoun_suffix()
    {
        Assert.Contains("leave|tom-becker|apple", MoveKit.ScoreKeys("وبعد مغادرته أبل عام 2020، أسس توم بيكر شركة ميسترال.", "ar"));
    }

    [Fact]
    public void Dismissal_is_a_departure()
    {
        Assert.Equal(["leave|sam-altman|openai"], MoveKit.ScoreKeys("أقال مجلس إدارة أوبن إيه آي سام ألتمان في نوفمبر.", "ar"));
    }

    [Fact]
    public void Counted_staff_with_named_members()
    {
        var keys = MoveKit.ScoreKeys("واستقطبت ميتا أربعة باحثين على الأقل من أوبن إيه آي، من بينهم لينا حداد.", "ar");
        Assert.Equal(["join|lina-haddad|meta", "poach|meta|openai"], keys);
    }

    [Fact]
    public void Retirement_is_a_departure()
    {
        Assert.Contains("leave|lina-haddad|apple", MoveKit.ScoreKeys("أعلنت أبل أن لينا حداد ستتقاعد في الربيع.", "ar"));
    }

    [Fact]
    public void Non_compete_agreements_keep_staff()
    {
        Assert.Contains("retain|google", MoveKit.ScoreKeys("وتلزم غوغل باحثيها باتفاقيات عدم منافسة تبقيهم في إجازة مدفوعة لمدة عام.", "ar"));
    }

    [Fact]
    public void Joining_the_team_after_an_apposition_with_a_former_employer()
    {
        var keys = MoveKit.Keys("كما التحق بالفريق توم بيكر، المدير السابق في غوغل، ولينا حداد.", "ar", title: "أمازون تعزز فريقها");
        Assert.Contains("join|tom-becker|google|amazon", keys);
        Assert.Contains(keys, k => k.StartsWith("join|lina-haddad|", StringComparison.Ordinal) && k.EndsWith("|amazon", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.EndsWith("|google", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_verb_does_not_take_a_later_name_as_its_subject()
    {
        var keys = MoveKit.ScoreKeys("وهي من الشركات التي أسسها باحثون غادروا المختبرات الكبرى، أبرزها ميسترال التي أسسها توم بيكر.", "ar");
        Assert.Equal(["found|tom-becker|mistral-ai"], keys);
    }

    [Fact]
    public void Founding_with_a_pronoun_object_is_of_the_subject_company()
    {
        var keys = MoveKit.ScoreKeys("خرجت شركة ميسترال إلى العلن بعد أن أسسها توم بيكر، الباحث السابق في غوغل، ولينا حداد.", "ar");
        Assert.Equal(["found|lina-haddad|mistral-ai", "found|tom-becker|mistral-ai"], keys);
    }

    [Fact]
    public void Verb_first_person_subject_is_not_the_one_hired()
    {
        var keys = MoveKit.ScoreKeys("وفي تسلا، استقطب إيلون ماسك توم بيكر.", "ar");
        Assert.Equal(["join|tom-becker|tesla"], keys);
    }

    [Fact]
    public void Destination_after_a_relative_clause_in_apposition()
    {
        Assert.Equal(["join|tom-becker|meta"], MoveKit.ScoreKeys("انتقل توم بيكر، الذي كان يقود فريق البحث، إلى ميتا في أكتوبر.", "ar"));
    }

    [Fact]
    public void Staff_from_named_companies_joining_the_team_is_a_raid()
    {
        var keys = MoveKit.Keys("وانضم إلى الفريق أكثر من 20 باحثا من أوبن إيه آي وغوغل.", "ar", title: "أنثروبيك تجمع فريقا جديدا").Select(k => k.Split('|')[0] + "|" + k.Split('|')[3] + "|" + k.Split('|')[2]).ToArray();
        Assert.Equal(["poach|anthropic|google", "poach|anthropic|openai"], keys);
    }

    [Fact]
    public void Another_spelling_before_a_known_latin_name_is_the_same_person()
    {
        var keys = MoveKit.ScoreKeys("خرجت شركة ميسترال إلى العلن بعد أن أسسها عمر فاروق، الباحث السابق في غوغل، وتوماس بيكر (Tom Becker).", "ar");
        Assert.Equal(["found|omar-farouk|mistral-ai", "found|tom-becker|mistral-ai"], keys);
    }

    [Fact]
    public void A_name_after_another_trigger_belongs_to_it()
    {
        var keys = MoveKit.ScoreKeys("أعلنت أبل أن لينا حداد ستتقاعد، وأنها عيّنت توم بيكر.", "ar");
        Assert.Contains("leave|lina-haddad|apple", keys);
        Assert.DoesNotContain("leave|tom-becker|apple", keys);
    }

    [Fact]
    public void Staff_right_after_the_verb_is_its_subject()
    {
        var keys = MoveKit.ScoreKeys("قال توم بيكر إن أبل تنمو. وغادر معظم الباحثين الشركة.", "ar");
        Assert.DoesNotContain("leave|tom-becker|apple", keys);
    }

    [Fact]
    public void A_lawsuit_over_poaching_names_the_recruiter_and_the_plaintiff()
    {
        Assert.Equal(["poach|meta|apple"], MoveKit.ScoreKeys("رفعت أبل دعوى قضائية ضد ميتا تتهمها فيها باستقطاب أحد موظفيها.", "ar"));
    }

    [Fact]
    public void A_passive_appointment_moves_the_person_named_before_it()
    {
        var keys = MoveKit.ScoreKeys("ويقود المجموعة المهندس عمر فاروق، الذي عمل في تسلا ست سنوات، وقد عُيّن نائبا لرئيس قسم الهندسة في أبل.", "ar");
        Assert.Contains("join|omar-farouk|apple", keys);
        Assert.DoesNotContain("join|omar-farouk|tesla", keys);
    }

    [Fact]
    public void A_passive_appointment_with_the_appointee_after_the_verb_moves_them_to_the_company_after_them()
    {
        var moves = MoveKit.Extract("عُيّن المهندس عمر فاروق نائبا لرئيس قسم الهندسة في أبل، قادما من تسلا.", "ar");

        var join = Assert.Single(moves);
        Assert.Equal((TalentWatch.Vocabulary.MoveType.Join, "omar-farouk", "tesla", "apple"), (join.Type, join.PersonSlug, join.FromSlug, join.ToSlug));
    }

    [Fact]
    public void A_passive_appointment_names_nobody_hired_when_a_company_follows_the_verb()
    {
        // With the company right after the verb it is its subject (vowels or not): the active reading holds.
        Assert.Equal(["join|omar-farouk|apple"], MoveKit.ScoreKeys("عيّنت أبل عمر فاروق نائبا لرئيس قسم الهندسة، قادما من تسلا.", "ar"));
    }

    [Fact]
    public void A_time_phrase_between_the_verb_and_its_staff_keeps_the_people_listed_after_them()
    {
        var keys = MoveKit.ScoreKeys("وكانت الشركة قد استقطبت العام الماضي ثلاثة مهندسين من أبل لفريق البنية التحتية، بينهم المصري عمر فاروق.", "ar", "ميتا تعيّن مديرا جديدا لأبحاثها");

        Assert.Contains("join|omar-farouk|meta", keys);
        Assert.Contains("poach|meta|apple", keys);
    }

    [Fact]
    public void Offers_from_rivals_that_a_company_answers_with_retention_are_poaching_attempts()
    {
        var keys = MoveKit.ScoreKeys("أقرت شركة ميسترال منحا من الأسهم لباحثيها، في محاولة للاحتفاظ بهم بعد أن تلقى عدد منهم عروضا من ميتا وغوغل.", "ar");
        Assert.Contains("retain|mistral-ai", keys);
        Assert.Contains("poach|meta|mistral-ai", keys);
        Assert.Contains("poach|google|mistral-ai", keys);
    }

    [Fact]
    public void Retention_told_by_a_source_at_the_company_is_the_article_company()
    {
        var keys = MoveKit.Keys("ولم تعلّق الشركة رسميا، لكن مصدرا في الشركة قال إنها عرضت على بعض أعضاء الفريق منحا إضافية من الأسهم لإقناعهم بالبقاء.", "ar", "تسلا تخسر سبعة مهندسين لصالح أبل");
        Assert.Contains(keys, k => k.StartsWith("retain||tesla|", StringComparison.Ordinal));
    }

    [Fact]
    public void Staff_after_the_verb_and_a_plural_verb_after_a_relative_name_nobody()
    {
        var keys = MoveKit.ScoreKeys("إذ غادر مؤسسها عمر فاروق منصب الرئيس التنفيذي في 2024، وانتقل عدد من مطوري النموذج إلى شركة أنثروبيك التي أسسوها في ألمانيا.", "ar");
        Assert.DoesNotContain("join|omar-farouk|anthropic", keys);
        Assert.DoesNotContain("found|omar-farouk|anthropic", keys);
    }

    [Fact]
    public void People_named_after_a_comma_among_recruited_staff_join()
    {
        var keys = MoveKit.ScoreKeys("استقطبت أبل ثلاثة باحثين من غوغل للعمل في وحدتها في دبي، بينهم الباحث الأردني توم بيكر الذي أمضى خمس سنوات في غوغل.", "ar");
        Assert.Contains("poach|apple|google", keys);
        Assert.Contains("join|tom-becker|apple", keys);
    }

    [Fact]
    public void A_company_before_another_verb_starts_a_new_clause_not_a_source()
    {
        var keys = MoveKit.ScoreKeys("ميسترال تستقطب باحثين من غوغل وأنثروبيك تعيّن خبيرة من أوبن إيه آي", "ar");
        Assert.Contains("poach|mistral-ai|google", keys);
        Assert.DoesNotContain("poach|mistral-ai|anthropic", keys);
    }

    [Fact]
    public void A_nationality_after_the_recruiter_keeps_the_staff_object()
    {
        var keys = MoveKit.ScoreKeys("استقطبت شركة أبل الأمريكية ثلاثة باحثين من غوغل للعمل في وحدتها في دبي، بينهم الباحث الأردني توم بيكر.", "ar");
        Assert.Contains("join|tom-becker|apple", keys);
        Assert.Contains("poach|apple|google", keys);
    }

    [Fact]
    public void Joined_it_is_the_company_the_sentence_or_the_previous_one_was_about()
    {
        Assert.Contains("join|tom-becker|mistral-ai", MoveKit.ScoreKeys("تسعى ميسترال إلى توظيف 20 باحثا، وقد انضم إليه مؤخرا توم بيكر قادما من غوغل.", "ar"));
        Assert.Equal(["join|lina-haddad|mistral-ai"], MoveKit.ScoreKeys("تتوسع ميسترال بسرعة في أوروبا. وانضمت إليها لينا حداد الشهر الماضي.", "ar"));
    }

    [Fact]
    public void Joined_him_after_a_person_is_no_move_to_a_company()
    {
        Assert.Equal(["leave|omar-farouk|google"], MoveKit.ScoreKeys("غادر عمر فاروق غوغل الشهر الماضي. وانضم إليه توم بيكر بعد أسبوع.", "ar"));
        Assert.Equal(["leave|lina-haddad|google"], MoveKit.ScoreKeys("غادرت لينا حداد غوغل الشهر الماضي. وانضم إليها توم بيكر بعد أسبوع.", "ar"));
        Assert.DoesNotContain("join|tom-becker|google", MoveKit.ScoreKeys("أسس عمر فاروق شركة مع زملاء من غوغل، وانضم إليه توم بيكر.", "ar"));
    }

    [Fact]
    public void We_in_an_interview_is_the_company_the_speaker_joined()
    {
        var keys = MoveKit.ScoreKeys("انضمت لينا حداد إلى ميسترال العام الماضي. وقالت: استقطبنا خلال الأشهر الماضية ثمانية باحثين من غوغل وأبل.", "ar");
        Assert.Contains("poach|mistral-ai|google", keys);
        Assert.Contains("poach|mistral-ai|apple", keys);
        Assert.Contains("join|tom-becker|mistral-ai",
            MoveKit.ScoreKeys("قالت لينا حداد، الرئيسة التنفيذية لشركة ميسترال، إن الفريق يكبر. وأضافت: انضم إلينا توم بيكر الشهر الماضي قادما من غوغل.", "ar"));
    }

    [Fact]
    public void Us_as_an_object_or_no_company_to_speak_for_is_no_first_person_company()
    {
        Assert.DoesNotContain("poach|mistral-ai|google", MoveKit.ScoreKeys("انضمت لينا حداد إلى ميسترال العام الماضي. وقالت: تحاول غوغل أن تستقطبنا.", "ar"));
        Assert.Empty(MoveKit.ScoreKeys("قال أحد القراء: استقطبنا ثلاثة باحثين من غوغل.", "ar"));
    }

    [Fact]
    public void A_company_in_quotation_marks_right_after_the_hiring_verb_is_its_subject()
    {
        Assert.Contains("join|priya-raman|tesla", MoveKit.ScoreKeys("ضمت شركة «تسلا» بريا رامان من غوغل.", "ar"));
    }

    [Fact]
    public void The_company_as_subject_of_a_loss_is_the_company_the_article_is_about()
    {
        var keys = MoveKit.ScoreKeys("أعلنت أبل نتائجها. وخسرت فيه الشركة عشرة باحثين لصالح ميتا، بينهم بريا رامان وتوم بيكر.", "ar");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.Contains("join|tom-becker|meta", keys);
    }

    [Fact]
    public void A_job_phrase_between_the_verb_and_the_name_is_the_name_title()
    {
        Assert.Contains("join|tom-becker|meta", MoveKit.ScoreKeys("إذ انتقل الباحث في فريق الاستدلال توم بيكر إلى ميتا في يوليو.", "ar"));
    }

    [Fact]
    public void Staff_after_the_verb_with_a_destination_before_any_name_moves_nobody_named()
    {
        Assert.DoesNotContain("join|tom-becker|meta", MoveKit.ScoreKeys("وانتقل عدد من مطوري النموذج إلى ميتا، وقال توم بيكر إن ذلك متوقع.", "ar"));
    }

    [Fact]
    public void A_verb_of_purpose_has_the_main_clause_subject()
    {
        var keys = MoveKit.ScoreKeys("غادر توم بيكر شركة تسلا التي أسسها إيلون ماسك، ليعود إلى أوبن إيه آي.", "ar");

        Assert.Contains("join|tom-becker|openai", keys);
        Assert.DoesNotContain("join|elon-musk|openai", keys);
    }

    [Fact]
    public void A_generic_institute_subject_before_the_verb_is_the_company_the_article_is_about()
    {
        var keys = MoveKit.ScoreKeys("أعلنت إنفيديا نتائجها. وكان المعهد قد استقطب العام الماضي ثلاثة مهندسين من أبل، بينهم توم بيكر.", "ar");

        Assert.Contains("join|tom-becker|nvidia", keys);
    }

    [Fact]
    public void A_negation_before_a_comma_does_not_reach_the_next_verb()
    {
        Assert.Contains("join|tom-becker|meta", MoveKit.ScoreKeys("غير أن ذلك لم يوقف النزيف، إذ انتقل توم بيكر إلى ميتا.", "ar"));
    }

    [Fact]
    public void Qad_before_an_earlier_past_verb_does_not_make_a_later_join_a_guess()
    {
        Assert.Contains("join|lina-haddad|anthropic", MoveKit.ScoreKeys("وكانت لينا حداد قد غادرت أبل في مايو لتنضم لاحقا إلى أنثروبيك.", "ar"));
    }

    [Fact]
    public void Leaving_the_company_is_leaving_the_company_the_article_is_about_not_the_last_one_named()
    {
        var keys = MoveKit.ScoreKeys("أعلنت ميتا إعادة هيكلة. وعمل توم بيكر سابقا مع باحثين من أوبن إيه آي. وكان بيكر قد غادر الشركة في مايو.", "ar");

        Assert.Contains("leave|tom-becker|meta", keys);
        Assert.DoesNotContain("leave|tom-becker|openai", keys);
    }

    [Fact]
    public void A_departure_noun_with_the_destination_after_a_relative_clause_is_a_join_of_it()
    {
        Assert.Contains("join|tom-becker|meta", MoveKit.ScoreKeys("وجاء ذلك بعد رحيل توم بيكر، الذي كان يقود الفريق نفسه، إلى ميتا.", "ar"));
    }

    [Fact]
    public void Counteroffers_by_two_companies_retain_the_staff_of_each()
    {
        var keys = MoveKit.ScoreKeys("وفي المقابل، بدأت تسلا وأبل تقديم عروض مضادة للمهندسين الذين يتلقون عروضا من شركات خليجية.", "ar");

        Assert.Contains("retain|tesla", keys);
        Assert.Contains("retain|apple", keys);
    }

    [Fact]
    public void A_founding_in_a_relative_clause_founds_its_antecedent_not_the_company_after_it()
    {
        var keys = MoveKit.ScoreKeys("وتنافس «ميسترال»، التي أسسها توم بيكر وعمر فاروق، شركة أبل في أوروبا.", "ar");

        Assert.Contains("found|tom-becker|mistral-ai", keys);
        Assert.Contains("found|omar-farouk|mistral-ai", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("found|", StringComparison.Ordinal) && k.EndsWith("|apple", StringComparison.Ordinal));
    }

    [Fact]
    public void A_poaching_that_takes_staff_along_with_a_named_person_raids_their_company()
    {
        var keys = MoveKit.ScoreKeys("دفعت ميتا 900 مليون دولار لاستقطاب توم بيكر، الرئيس التنفيذي لشركة ميسترال، وعدد من موظفيها.", "ar");

        Assert.Contains("join|tom-becker|meta", keys);
        Assert.Contains("poach|meta|mistral-ai", keys);
    }
}
