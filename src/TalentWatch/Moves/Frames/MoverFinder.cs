using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// The mover of a person frame: the nearest person not introduced by a preposition (with Altman), with coordinated
/// names; else the referent of a pronoun or of an Arabic verb's implied subject.
/// </summary>
internal static class MoverFinder
{
    // غادروا، and with an object pronoun أسسوها، أسسوه (they founded it).
    private static readonly string[] PluralEndings = ["وا", "وها", "وه", "وهم"];

    public static Movers Find(TriggerSite site)
    {
        var (persons, viaPronoun) = Subject(site);
        return new Movers(persons, viaPronoun);
    }

    private static (List<string> Persons, bool ViaPronoun) Subject(TriggerSite site)
    {
        var (s, hit, args, _, discourse) = site;

        // Of: "the departure of Tom Becker" names the mover after a verbal noun.
        static bool Free(MentionSpan m) => m.Marker is Marker.None or Marker.Conj or Marker.By or Marker.RoleOf or Marker.Staff or Marker.Of;

        // "Tom Becker, who joined ...", الذي انضم: the antecedent of the relative pronoun, whatever its own role, with
        // the names coordinated with it ("Avi Verma and Ethan Knight, who had left OpenAI").
        if (RelativeAntecedent(s, hit) is ({ } antecedent, var relative))
        {
            return (MoveWords.SingularRelatives.Contains(relative) ? [antecedent.Slug] : args.Coordinated(antecedent, anyClause: true).Select(m => m.Slug).ToList(), false);
        }

        // "told staff that the departures hurt": a plural noun of leaving moves only the names after its "of", unless a
        // possessive gives it its movers ("A and B announced their departures").
        if (MoveWords.GroupLeaveNouns.Contains(s.Tokens[hit.Start].Norm) && args.WordBefore() is not ("their" or "his" or "her"))
        {
            var of = args.After(person: true).FirstOrDefault(m => m.Marker is Marker.Of && m.First - hit.End <= 2);
            return of is null ? ([], false) : (args.Coordinated(of).Select(m => m.Slug).ToList(), false);
        }

        var before = args.Before(person: true).Where(Free).ToList();
        // "سيتقاعد، وأنها عيّنت فلانًا": a name after another trigger is that trigger's argument; "بعد مغادرته أبل، أسس
        // فلان": a verbal noun with a pronoun ("his leaving") refers ahead to the main clause's subject.
        var after = args.After(person: true).Where(Free)
            .Where(m => hit.PronounSuffix || !s.Triggers.Exists(t => t.Start >= hit.End && t.End <= m.First)).ToList();
        MentionSpan? chosen;
        if (s.Language.VerbFirst)
        {
            // "قبل أن ينضم", "حتى ينضم" with no name after the verb: the subject is the sentence's subject.
            // "غادر باتيل شركة xAI التي أسسها ماسك، ليعود إلى أوبن إيه آي": a verb of purpose (لـ) has it too.
            var purpose = !hit.Trigger.Has(TriggerFlags.Noun) && hit.Prefix.EndsWith('ل');
            var subordinate = (purpose || MoveWords.Subordinators.Contains(args.WordBefore())) && !after.Exists(m => m.First - hit.End <= 2);
            if (subordinate && s.Mentions.FirstOrDefault(m => m.IsPerson && Free(m) && m.Last < hit.Start) is { } main)
            {
                return ([main.Slug], false);
            }

            // Arabic is verb-first as often as subject-first: take the nearer side. A verb marked plural (غادروا، انضموا)
            // follows its subject: a name after it is not who moved ("شركات أسسها باحثون غادروا المختبرات، أبرزها X").
            // Staff right after the verb is its subject ("وانتقل عدد من مطوري النموذج إلى"): no named person moved.
            // ("انضم المهندس سامي" names him: a job noun before a name is a title).
            if (!hit.Trigger.Has(TriggerFlags.Noun) && StaffRightAfter(s, hit))
            {
                // Its phrase may carry a preposition ("الباحث في فريق الاستدلال جيسون وي") that marks no role of the name.
                var titled = s.Mentions.FirstOrDefault(m => m.IsPerson && m.First >= hit.End && TitleBefore(s, hit.End, m));
                if (titled is not null)
                {
                    return (args.Coordinated(titled).Select(m => m.Slug).ToList(), false);
                }
                if (!after.Exists(m => m.First - hit.End <= 4))
                {
                    return ([], false);
                }
            }

            // "شركة X التي أسسوها": a plural verb right after a relative pronoun has the staff talked of as its subject.
            if (PluralVerb(s, hit) && hit.Start > 0 && MoveWords.Relatives.Contains(s.Tokens[hit.Start - 1].Norm))
            {
                return ([], false);
            }

            chosen = PluralVerb(s, hit) ? before.FirstOrDefault() : before.Concat(after).OrderBy(args.Distance).FirstOrDefault();
            if (chosen is null && PluralVerb(s, hit))
            {
                return ([], false);
            }
        }
        else
        {
            var pronoun = PronounBefore(s, hit);
            if (pronoun >= 0)
            {
                // "he had joined": the most recent person before the pronoun, in this sentence or an earlier one.
                // "They joined Seed": everyone the previous sentence named together.
                var inSentence = s.Mentions.LastOrDefault(m => m.IsPerson && Free(m) && m.Last < pronoun);
                if (inSentence is null && MoveWords.PluralPronouns.Contains(s.Tokens[pronoun].Norm) && discourse.LastPersons.Count > 1)
                {
                    return ([.. discourse.LastPersons], true);
                }
                if (inSentence is not null && MoveWords.PluralPronouns.Contains(s.Tokens[pronoun].Norm))
                {
                    return (args.Coordinated(inSentence, anyClause: true).Select(m => m.Slug).ToList(), false); // "A and B announced their departures"
                }
                var referent = inSentence?.Slug ?? discourse.LastPerson;
                return referent is null ? ([], false) : ([referent], inSentence is null);
            }

            chosen = before.FirstOrDefault() ?? after.FirstOrDefault();
        }

        if (chosen is not null)
        {
            return (args.Coordinated(chosen).Select(m => m.Slug).ToList(), false);
        }

        // Arabic verbs carry their subject (غادر، انضم): with no name in the clause, the person last named, unless the
        // subject is staff written right after the verb ("غادر معظم الباحثين"), or the verb is quoted: «غادرت أوبن إيه آي»
        // may as well be "I left", the speaker's move, and a speaker the sentence does not name is nobody known.
        if (s.Language.VerbFirst && !hit.Trigger.Has(TriggerFlags.Noun) && discourse.LastPerson is { } last && !s.Sentence.InTitle && !StaffRightAfter(s, hit)
            && !Quoted(s, hit) && !CountedStaffInClause(s, hit) && !SubjectAfterObjectPronoun(s, hit))
        {
            return ([last], true);
        }

        return ([], false);
    }

    private static (MentionSpan? Antecedent, string Relative) RelativeAntecedent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.Start - 1; i >= Math.Max(0, hit.Start - 3); i--)
        {
            if (!MoveWords.PersonRelatives.Contains(s.Tokens[i].Norm))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && s.Tokens[j].Norm is "," or "،" or ")")
            {
                j--;
            }

            return (s.Mentions.FirstOrDefault(m => m.IsPerson && m.Last == j), s.Tokens[i].Norm);
        }

        return (null, "");
    }

    // A subject pronoun before the trigger in its clause with no name between them ("He left", "she was leaving").
    private static int PronounBefore(SentenceContext s, TriggerHit hit)
    {
        var (start, _) = s.ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= start; i--)
        {
            if (s.Mentions.Exists(m => m.IsPerson && m.Last == i))
            {
                return -1;
            }

            if (MoveWords.Pronouns.Contains(s.Tokens[i].Norm))
            {
                return i;
            }
        }

        return -1;
    }

    // "انتقل الباحث في فريق الاستدلال جيسون وي إلى ميتا": a job noun and its phrase run on into the name with no break or
    // destination between them, so the noun is the name's title, not a subject of its own.
    private static bool TitleBefore(SentenceContext s, int start, MentionSpan person)
    {
        if (person.First - start > 8)
        {
            return false;
        }
        for (var i = start; i < person.First; i++)
        {
            if (!s.Tokens[i].IsWord || MoveWords.Prepositions.GetValueOrDefault(s.Tokens[i].Norm) is Marker.To)
            {
                return false;
            }
        }
        return true;
    }

    // "الشركات التي يؤسسها عرب عائدون": a verb carrying its object pronoun, then a plain word, names its own subject.
    private static bool SubjectAfterObjectPronoun(SentenceContext s, TriggerHit hit) =>
        hit.PronounSuffix && hit.End < s.Tokens.Count && s.Tokens[hit.End].IsWord
        && !MoveWords.Prepositions.ContainsKey(s.Tokens[hit.End].Norm) && !s.Mentions.Exists(m => m.First == hit.End);

    // Inside quotation marks opened before the trigger and not yet closed.
    private static bool Quoted(SentenceContext s, TriggerHit hit)
    {
        var open = 0;
        var straight = 0;
        for (var i = 0; i < hit.Start; i++)
        {
            switch (s.Tokens[i].Norm)
            {
                case "«" or "“":
                    open++;
                    break;
                case "»" or "”":
                    open = Math.Max(0, open - 1);
                    break;
                case "\"":
                    straight++;
                    break;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    // "انضم إلى الوحدة خلال الأشهر الماضية عدد من مهندسي «جيميني»": a counted staff noun later in the clause is the subject.
    private static bool CountedStaffInClause(SentenceContext s, TriggerHit hit)
    {
        var (_, end) = s.ClauseRange(hit.Start);
        for (var i = hit.End; i + 1 < end; i++)
        {
            if (s.Tokens[i].Norm != "من" && ArabicMorph.InSet(MoveWords.SubjectQuantifiers, s.Tokens[i].Norm) && s.AnyWordIn(MoveWords.Staff, i + 1, Math.Min(end, i + 4)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StaffRightAfter(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 4); i++)
        {
            if (ArabicMorph.InSet(MoveWords.Staff, s.Tokens[i].Norm))
            {
                return true;
            }

            if (!MoveWords.SubjectQuantifiers.Contains(s.Tokens[i].Norm) && !s.Tokens[i].Norm.All(char.IsDigit))
            {
                return false;
            }
        }

        return false;
    }

    private static bool PluralVerb(SentenceContext s, TriggerHit hit) =>
        !hit.Trigger.Has(TriggerFlags.Noun) && hit.End - hit.Start == 1 && PluralEndings.Any(e => s.Tokens[hit.Start].Norm.EndsWith(e, StringComparison.Ordinal));
}
