namespace TalentWatch.Moves;

/// <summary>
/// Arabic trigger lexicon: stems in their bare form; clitics (و، ف، ب، ل، ال) and pronoun suffixes are matched by
/// <see cref="ArabicMorph"/>, so انضمام also finds للانضمام and انضمامه. Verbal nouns carry <see cref="TriggerFlags.Noun"/>.
/// </summary>
internal static class ArabicTriggers
{
    public static IReadOnlyList<Trigger> All { get; } = Build();

    private static List<Trigger> Build()
    {
        var list = new List<Trigger>();
        void Add(MoveType type, TriggerFrame frame, double strength, TriggerFlags flags, params string[] patterns) =>
            list.AddRange(patterns.Select(p => Trigger.Create(type, frame, strength, flags, arabic: true, p)));

        const TriggerFlags none = TriggerFlags.None;
        const TriggerFlags noun = TriggerFlags.Noun;
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.9, none,
            "انضم", "انضمت", "انضموا", "ينضم", "تنضم", "ينضمون", "التحق", "التحقت", "يلتحق", "تلتحق",
            "انتقل", "انتقلت", "انتقلوا", "ينتقل", "تنتقل", "ينتقلون");
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.9, noun, "انضمام", "التحاق", "انتقال");
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.6, none, "عاد", "يعود", "سيقود");
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.6, noun, "عودة");
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.85, none, "ضم", "ضمت", "وظف", "وظفت", "استعان", "استعانت", "أعاد", "أعادت");
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.8, TriggerFlags.Appointment, "عين", "عينت", "يعين", "تعين");
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.8, TriggerFlags.Appointment | noun, "تعيين");

        Add(MoveType.Leave, TriggerFrame.PersonMoves, 0.9, none,
            "غادر", "غادرت", "غادروا", "يغادر", "تغادر", "رحل", "رحلت", "يرحل", "ترحل", "يرحلوا", "ترك", "تركت", "يترك", "تترك",
            "استقال", "استقالت", "يستقيل", "تستقيل", "تنحى", "تنحت", "يتنحى", "أقيل", "أقيلت", "أقال", "أقالت",
            "تقاعد", "تقاعدت", "يتقاعد", "تتقاعد");
        Add(MoveType.Leave, TriggerFrame.PersonMoves, 0.9, noun, "مغادرة", "رحيل", "استقالة", "تنحي", "إقالة", "ترك", "خروج", "تقاعد");

        Add(MoveType.Leave, TriggerFrame.Replaces, 0.8, none, "خلفا", "خلفًا", "ليحل محل", "يحل محل", "حل محل");

        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.9, none,
            "أسس", "أسست", "أسسوا", "يؤسس", "تؤسس", "أنشأ", "أنشأت", "ينشئ", "تنشئ");
        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.9, noun, "تأسيس", "إنشاء");
        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.9, none, "تأسست", "تأسس", "أنشئت");
        Add(MoveType.Leave, TriggerFrame.PersonMoves, 0.85, none, "انشق", "انشقت");
        Add(MoveType.Poach, TriggerFrame.OrgLoses, 0.8, none, "خسرت", "خسر", "تخسر", "يخسر");
        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.7, TriggerFlags.NeedsDirectOrg, "أطلق", "أطلقت", "يطلق");

        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.9, none,
            "استقطب", "استقطبت", "يستقطب", "تستقطب", "اصطاد", "اصطادت", "خطف", "خطفت", "يخطف", "تخطف",
            "جند", "جندت", "يجند", "تجند", "أغرت", "أغرى");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.9, noun, "اصطياد", "صيد", "استقطاب", "تجنيد", "خطف", "إغراء", "سرقة");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.75, noun, "توظيف");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.75, none, "توظف", "يوظف");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.7, TriggerFlags.NeedsStaff | noun, "جذب");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.7, TriggerFlags.NeedsStaff, "يجذب", "تجذب", "جذبت");

        Add(MoveType.Retain, TriggerFrame.Retains, 0.85, noun,
            "زيادة رواتب", "زيادة الرواتب", "زيادة الراتب", "زيادة * رواتب", "رفع رواتب", "رفع الرواتب", "زيادة حزم التعويضات",
            "زيادة * التعويضات", "زيادة الأجور", "رفع الأجور", "أجر أعلى", "عرض مضاد", "عرضا مضادا", "مكافآت الاحتفاظ",
            "تجديد عقد", "تمديد عقد", "عدم منافسة", "عدم المنافسة");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.85, none,
            "يرفع رواتب", "رفع رواتب", "ترفع رواتب", "رفعت رواتب", "يزيد رواتب", "تزيد رواتب", "زاد رواتب", "زادت رواتب",
            "رفعت * رواتب", "زادت * رواتب", "رفعت الأجور", "رفعت أجور", "جدد عقد", "يجدد عقد", "مدد عقد", "يمدد عقد");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.7, TriggerFlags.NeedsStaff | noun, "الحفاظ على", "الاحتفاظ");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.7, TriggerFlags.NeedsStaff, "يحافظ على", "تحافظ على", "حافظ على");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.75, TriggerFlags.NeedsPersuasion | noun, "البقاء");
        return list;
    }
}
