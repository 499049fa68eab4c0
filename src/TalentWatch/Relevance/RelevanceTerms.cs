namespace TalentWatch.Relevance;

/// <summary>Vocabulary of the two sides of relevance, in both languages (normalised when loaded).</summary>
public static class RelevanceTerms
{
    public static readonly string[] Ai =
    [
        "AI", "A.I.", "artificial intelligence", "machine learning", "deep learning", "neural network", "neural networks",
        "large language model", "large language models", "language model", "language models", "LLM", "LLMs", "generative AI",
        "chatbot", "chatbots", "AGI", "superintelligence", "foundation model", "foundation models", "frontier model",
        "AI lab", "AI labs", "AI research", "AI researchers", "AI models", "AI model", "GPT", "ChatGPT", "Gemini", "Claude", "Llama",
        "الذكاء الاصطناعي", "ذكاء اصطناعي", "التعلم الآلي", "التعلم العميق", "الشبكات العصبية", "النماذج اللغوية", "نماذج لغوية",
        "نموذج لغوي", "النماذج اللغوية الكبيرة", "روبوت الدردشة", "روبوتات الدردشة", "الذكاء الفائق", "الذكاء الاصطناعي العام",
        "تشات جي بي تي", "جيميني",
    ];

    public static readonly string[] Talent =
    [
        "talent", "talent war", "hire", "hires", "hired", "hiring", "poach", "poached", "poaching", "poaches", "recruit", "recruited",
        "recruiting", "recruitment", "lure", "lured", "joins", "joined", "joining", "departure", "departures", "departed", "leaves",
        "left the company", "exodus", "resigned", "resignation", "stepped down", "steps down", "co-founded", "co-founder", "founded",
        "researchers", "engineers", "scientist", "chief scientist", "compensation", "pay packages", "retention", "acqui-hire",
        "acquihire", "defected", "defection", "appointed", "headhunting",
        "مواهب", "المواهب", "حرب المواهب", "توظيف", "تعيين", "انضم", "انضمام", "ينضم", "التحق", "غادر", "مغادرة", "رحيل",
        "استقال", "استقالة", "تنحى", "اصطياد", "صيد", "استقطاب", "استقطبت", "تجنيد", "مهندسي", "مهندسين", "باحثي", "باحثين",
        "الباحثين", "المهندسين", "رواتب", "الرواتب", "تعويضات", "أسس", "شارك في تأسيس", "مؤسس", "المؤسس المشارك",
    ];
}
