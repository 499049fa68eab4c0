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
        "robot learning", "machine-learning", "reasoning models", "AI startup", "AI startups", "نماذج اللغة",
        "humanoid", "humanoids", "humanoid robot", "humanoid robots", "الروبوت البشري", "الروبوتات البشرية", "روبوت بشري",
        "روبوتات بشرية", "الروبوتات الشبيهة بالبشر",
    ];

    /// <summary>
    /// AI labs, one line per lab (its names in both scripts, separated by |). A story naming two or more different labs
    /// is about AI even when it never says "AI"; one lab alone (a SpaceX story mentioning xAI) is not enough.
    /// </summary>
    public static readonly string[] Labs =
    [
        "OpenAI|أوبن إيه آي|أوبن أيه آي", "Anthropic|أنثروبيك", "DeepMind|ديب مايند|ديبمايند", "xAI|إكس إيه آي",
        "Mistral AI|ميسترال", "Cohere|كوهير", "Hugging Face|هاغينغ فيس", "Inflection AI|إنفليكشن", "Character.AI|كاركتر إيه آي",
        "Safe Superintelligence|سيف سوبرإنتليجنس", "Thinking Machines|ثينكنغ ماشينز", "Perplexity|بيربليكسيتي",
        "Scale AI|سكيل إيه آي", "Nvidia|إنفيديا|انفيديا", "Meta Superintelligence|مختبرات ميتا للذكاء الفائق", "Google Brain|غوغل برين",
        "DeepSeek|ديب سيك", "Moonshot AI|مونشوت", "Zhipu|تشيبو", "Aleph Alpha|ألف ألفا", "Sakana AI|ساكانا", "Kyutai|كيوتاي",
        "Humain|هيوماين", "G42|جي 42|جي42", "Core42|كور42", "MBZUAI|جامعة محمد بن زايد للذكاء الاصطناعي",
        "Technology Innovation Institute|معهد الابتكار التكنولوجي", "QCRI|معهد قطر لبحوث الحوسبة",
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
