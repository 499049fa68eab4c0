using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;
using Entity = TalentWatch.Storage.Entity;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>One signed-in administrator who chose Arabic, over seeded sources, runs and names.</summary>
public sealed class ArabicAdminFixture : IAsyncLifetime
{
    public static readonly DateTime RunStarted = new(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public TalentWatchApp App { get; } = new();

    public AdminSession Session { get; private set; } = null!;

    public int FailingSourceId { get; private set; }

    /// <summary>An event in the review queue, with one report and an editor's action in its history.</summary>
    public long EventId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.QueryAsync(async db =>
        {
            var failing = new Source
            {
                Name = "zz Failing Wire",
                Kind = SourceKind.Rss,
                Url = "http://127.0.0.1/failing.xml",
                LastRunAt = RunStarted,
                LastStatus = SourceStatus.Error,
                LastError = "HTTP 503",
                NextRunAt = RunStarted.AddHours(1),
                ConsecutiveFailures = 2,
            };
            db.Sources.AddRange(
                failing,
                new Source { Name = "zz Quiet Feed", Kind = SourceKind.Atom, Url = "http://127.0.0.1/quiet.xml", Enabled = false },
                new Source { Name = "zz Toggle Feed", Kind = SourceKind.Rss, Url = "http://127.0.0.1/toggle.xml", Enabled = false });
            db.Entities.AddRange(
                new Entity { Slug = "zz-zeta-labs", Kind = EntityKind.Org, Name = "Zeta Labs", Confirmed = false, DiscoveredSentence = "Zeta Labs hired three researchers." },
                new Entity { Slug = "zz-omega-ai", Kind = EntityKind.Org, Name = "Omega AI", Confirmed = false, DiscoveredSentence = "Omega AI poached a lead." });
            db.RemovedEntities.Add(new RemovedEntity { Slug = "zz-gone", Name = "Gone Corp", RemovedAt = RunStarted });
            await db.SaveChangesAsync();
            db.ScrapeRuns.Add(new ScrapeRun
            {
                SourceId = failing.Id,
                StartedAt = RunStarted,
                FinishedAt = RunStarted.AddSeconds(2.5),
                Status = SourceStatus.Partial,
                ItemsSeen = 5,
                ArticlesStored = 3,
                ItemsFailed = 2,
            });
            FailingSourceId = failing.Id;
            var person = new Entity { Slug = "zz-lina-haddad", Kind = EntityKind.Person, Name = "Lina Haddad", NameAr = "لينا حداد", Confirmed = true };
            var lab = new Entity { Slug = "zz-nour-labs", Kind = EntityKind.Org, Name = "Nour Labs", NameAr = "مختبرات نور", Confirmed = true };
            const string evidence = "انضمت لينا حداد إلى مختبرات نور.";
            var talentEvent = new TalentEvent { Type = MoveType.Join, Person = person, To = lab, FirstReportedAt = RunStarted, LatestReportedAt = RunStarted };
            var article = new Article
            {
                Url = "http://127.0.0.1/zz-lina/",
                Title = "لينا حداد تنضم إلى مختبرات نور",
                Language = "ar",
                Text = "مقدمة الخبر.\n" + evidence + " وقالت إنها سعيدة.",
                FetchedAt = RunStarted,
                SortAt = RunStarted,
            };
            article.Moves.Add(new Move { Type = MoveType.Join, Person = person, To = lab, Evidence = evidence, EvidenceStart = "مقدمة الخبر.\n".Length, Confidence = 0.8, Event = talentEvent });
            talentEvent.Audit.Add(new EventAuditEntry { At = RunStarted, By = "admin", Action = "confirm" });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            EventId = talentEvent.Id;
            return await db.SaveChangesAsync();
        });
        Session = new AdminSession(App);
        await Session.SignInAsync();
        await Session.UseArabicAsync();
    }

    public Task DisposeAsync()
    {
        Session.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Every admin page and message in Arabic, right to left, when the reader chose Arabic.</summary>
public class ArabicAdminTests(ArabicAdminFixture fixture) : IClassFixture<ArabicAdminFixture>
{
    private static readonly HtmlParser Parser = new();

    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");

    // Names of formats and settings stay as they are written in files and configuration.
    private static readonly string[] Technical = ["TalentWatch:Sources", "TalentWatch", "OPML", "URL", "html", "UTC"];

    public static TheoryData<string> Pages => new()
    {
        "/admin", "/admin/sources", "/admin/sources/add", "/admin/sources/import", "/admin/scrape-log", "/admin/entities",
        "/admin/entities/zz-zeta-labs", "/admin/removed-names", "/admin/accounts", "/admin/logout", "/admin/moves?status=all",
    };

    [Fact]
    public async Task The_review_queue_and_an_events_page_are_arabic_with_the_evidence_marked()
    {
        var queue = await GetAsync("/admin/moves?status=all");
        var details = await GetAsync($"/admin/moves/{fixture.EventId}");

        Assert.Equal("مراجعة الانتقالات", Text(queue, "h1"));
        Assert.Equal("انضمت لينا حداد إلى مختبرات نور.", Text(queue, $"li[data-event='{fixture.EventId}'] blockquote mark"));
        Assert.Equal("rtl", queue.QuerySelector($"li[data-event='{fixture.EventId}'] blockquote")?.GetAttribute("dir"));
        Assert.Empty(Untranslated(queue));
        Assert.Empty(Untranslated(details));
        Assert.Equal(["تأكيد", "رفض"], Texts(details, "main .admin-actions button").Take(2));
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private Task<IDocument> GetAsync(string path) => GetAsync(fixture.Session, path, HttpStatusCode.OK);

    private static async Task<IDocument> GetAsync(AdminSession session, string path, HttpStatusCode expected)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Follows the redirect a form answers with, as a browser would.</summary>
    private async Task<IDocument> PostAndFollowAsync(string path, Dictionary<string, string> fields, string tokenFrom)
    {
        using var response = await fixture.Session.PostFormAsync(path, fields, tokenFrom);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await GetAsync(response.Headers.Location!.OriginalString);
    }

    private static string Text(IParentNode page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    private static List<string> Texts(IParentNode page, string selector) => [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    /// <summary>
    /// Interface text in main that still holds Latin letters. Data is skipped where the pages mark it: table cells,
    /// bdi, code, keys (kbd), time, options, quotes and elements with their own dir or lang.
    /// </summary>
    private static List<string> Untranslated(IDocument page)
    {
        var main = page.QuerySelector("main")!;
        static bool IsData(IElement e) => e.LocalName is "td" or "bdi" or "code" or "kbd" or "time" or "option" or "blockquote" or "textarea"
            || e.HasAttribute("dir") || e.HasAttribute("lang");
        var texts = main.Descendants<IText>().Where(t =>
        {
            for (var e = t.ParentElement; e is not null && e != main; e = e.ParentElement)
            {
                if (IsData(e))
                {
                    return false;
                }
            }
            return true;
        });
        return [.. texts.Select(t => t.Data.Trim())
            .Where(t => Technical.Aggregate(t, (rest, word) => rest.Replace(word, string.Empty, StringComparison.Ordinal)).Any(char.IsAsciiLetter))];
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_admin_page_is_arabic_and_right_to_left(string path)
    {
        var page = await GetAsync(path);

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(Untranslated(page));
        Assert.DoesNotContain(Technical.Aggregate(page.Title!, (rest, word) => rest.Replace(word, string.Empty, StringComparison.Ordinal)), char.IsAsciiLetter);
    }

    [Fact]
    public async Task The_source_edit_page_is_arabic_too()
    {
        var page = await GetAsync($"/admin/sources/edit/{fixture.FailingSourceId}");

        Assert.Equal("تعديل مصدر", Text(page, "h1"));
        Assert.Empty(Untranslated(page));
        Assert.Contains("الفاصل الزمني (بالدقائق)", Texts(page, "label"));
        Assert.Equal("تحقّق واحفظ", Text(page, "form.admin-form button"));
    }

    [Fact]
    public async Task The_admin_home_names_the_administrator_inside_an_arabic_sentence()
    {
        var page = await GetAsync("/admin");

        Assert.Equal("الإدارة", Text(page, "h1"));
        Assert.Equal("سجّلت الدخول باسم admin.", Text(page, "main p"));
        Assert.Equal("admin", Text(page, "main p strong bdi"));
        Assert.Equal(["المصادر", "سجل الجمع", "مراجعة الانتقالات", "الكيانات", "الأسماء المحذوفة", "المسؤولون"], Texts(page, "main ul a"));
        Assert.Equal("تسجيل الخروج", Text(page, "main form button"));
    }

    [Fact]
    public async Task The_sources_table_translates_headings_states_statuses_and_actions()
    {
        var page = await GetAsync("/admin/sources");
        var headings = Texts(page, "table.admin-sources th");
        var failing = page.QuerySelectorAll("table.admin-sources tbody tr").Single(r => r.TextContent.Contains("zz Failing Wire", StringComparison.Ordinal));
        var quiet = page.QuerySelectorAll("table.admin-sources tbody tr").Single(r => r.TextContent.Contains("zz Quiet Feed", StringComparison.Ordinal));

        Assert.Equal(["الاسم", "الحالة", "آخر تشغيل", "التشغيل التالي", "المقالات", "الإجراءات"], headings);
        Assert.Equal("مفعّل", Text(failing, ".state"));
        Assert.Equal("خطأ", Text(failing, ".status"));
        Assert.Equal("(الإخفاقات المتتالية: 2)", Text(failing, ".failures"));
        Assert.Equal("HTTP 503", Text(failing, ".last-error"));
        Assert.Equal("12:00 UTC", failing.QuerySelector("td.last-run bdi[dir=ltr]")?.TextContent);
        Assert.StartsWith(ArabicAdminFixture.RunStarted.ToString("d MMM yyyy", Arabic), Text(failing, "td.last-run"), StringComparison.Ordinal);
        Assert.Equal(["شغّل الآن", "تعطيل", "حذف مع الإبقاء على مقالاته", "حذف مع مقالاته"], Texts(failing, "button"));
        Assert.Equal("حذف", Text(failing, "details.delete summary"));
        Assert.Equal(("معطّل", "أبدًا", "—"), (Text(quiet, ".state"), Text(quiet, "td.last-run"), Text(quiet, ".status")));
        Assert.Null(quiet.QuerySelector(".failures"));
        Assert.Contains("تفعيل", Texts(quiet, "button"));
    }

    [Fact]
    public async Task The_scrape_log_shows_the_run_with_arabic_status_and_public_page_dates()
    {
        var page = await GetAsync($"/admin/scrape-log?source={fixture.FailingSourceId}");
        var cells = page.QuerySelectorAll("table tbody tr td").Select(c => c.TextContent.Trim()).ToList();

        Assert.Equal("سجل الجمع", Text(page, "h1"));
        Assert.Equal(["البدء", "المصدر", "الحالة", "الثواني", "العناصر المقروءة", "المخزّنة", "الفاشلة", "متبقٍّ للتشغيل التالي", "الخطأ"], Texts(page, "th"));
        Assert.Equal($"{ArabicAdminFixture.RunStarted.ToString("d MMM yyyy", Arabic)} 12:00 UTC", cells[0]);
        Assert.Equal(["zz Failing Wire", "جزئي", "2.5", "5", "3", "2"], cells.Skip(1).Take(6));
        Assert.Equal("كل المصادر", Text(page, "select[name=source] option[value='']"));
        Assert.Equal("عرض", Text(page, "main form button"));
    }

    [Fact]
    public async Task The_entities_page_translates_filters_kinds_states_and_the_reprocess_status()
    {
        var page = await GetAsync("/admin/entities?q=zz-zeta");
        var row = page.QuerySelector("table.admin-entities tbody tr")!;

        Assert.Equal(["الكل", "شخص", "مؤسسة"], Texts(page, "select[name=kind] option"));
        Assert.Equal(["الكل", "مؤكَّد", "مكتشف"], Texts(page, "select[name=confirmed] option"));
        Assert.Equal("لم تُجرَ أي إعادة معالجة منذ بدء التشغيل.", Text(page, ".reprocess-status"));
        Assert.Equal("إعادة معالجة كل المقالات", Text(page, "form[action*=Reprocess] button"));
        Assert.Equal("مؤسسة", row.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("مكتشف", row.QuerySelectorAll("td")[4].QuerySelector("span")?.TextContent.Trim());
        Assert.Equal(["تأكيد", "رفض"], Texts(row, "button"));
    }

    [Fact]
    public async Task The_entity_form_translates_its_labels_and_kinds()
    {
        var page = await GetAsync("/admin/entities/zz-zeta-labs");

        Assert.Equal("Zeta Labs", Text(page, "h1 bdi"));
        Assert.Equal(["الشخص", "المؤسسة"], Texts(page, "select[name='Form.Kind'] option"));
        Assert.Equal("1", page.QuerySelector("select[name='Form.Kind'] option[selected]")?.GetAttribute("value"));
        Assert.StartsWith("الاسم بالإنجليزية", Texts(page, "main label")[0], StringComparison.Ordinal);
        Assert.Equal("دمج Zeta Labs في الكيان ذي المعرّف", page.QuerySelectorAll("label")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task The_accounts_and_removed_names_pages_use_the_reader_clock_and_arabic_words()
    {
        var accounts = await GetAsync("/admin/accounts");
        var removed = await GetAsync("/admin/removed-names");

        Assert.Equal("أنت", Text(accounts, "tr[data-account=admin] .meta"));
        Assert.Equal(["الاسم", "من تاريخ", ""], Texts(accounts, "table.admin-accounts th"));
        Assert.Equal(["تغيير كلمة مرورك", "إضافة مسؤول"], Texts(accounts, "h2"));
        var gone = removed.QuerySelector("tr[data-slug=zz-gone]")!;
        Assert.Equal($"{ArabicAdminFixture.RunStarted.ToString("d MMM yyyy", Arabic)} 12:00 UTC", gone.QuerySelector("time")?.TextContent.Trim());
        Assert.Equal("استعادة", Text(removed, "tr[data-slug=zz-gone] button"));
    }

    [Fact]
    public async Task Messages_after_an_action_come_in_arabic()
    {
        var confirmed = await PostAndFollowAsync("/admin/entities?handler=Confirm&slug=zz-omega-ai", [], tokenFrom: "/admin/entities");
        var toggled = await PostAndFollowAsync("/admin/sources?handler=Toggle&id="
            + await fixture.App.QueryAsync(db => db.Sources.Where(s => s.Name == "zz Toggle Feed").Select(s => s.Id).SingleAsync()), [], tokenFrom: "/admin/sources");

        Assert.Equal("تم تأكيد Omega AI.", Text(confirmed, "p.notice[role=status]"));
        Assert.Equal("أصبح zz Toggle Feed مفعّلًا.", Text(toggled, "p.notice[role=status]"));
    }

    [Fact]
    public async Task Refusals_come_in_arabic()
    {
        using var merge = await fixture.Session.PostFormAsync("/admin/entities/zz-zeta-labs?handler=Merge", new Dictionary<string, string> { ["target"] = "nope" },
            tokenFrom: "/admin/entities/zz-zeta-labs");
        using var url = await fixture.Session.PostFormAsync("/admin/sources/add", new Dictionary<string, string>
        {
            ["Form.Url"] = "ftp://example.com/feed.xml",
            ["Form.Kind"] = "Rss",
            ["Form.IntervalMinutes"] = "30",
            ["Form.Enabled"] = "true",
        });
        using var password = await fixture.Session.PostFormAsync("/admin/accounts?handler=Password",
            new Dictionary<string, string> { ["current"] = "not the password", ["password"] = "a new passphrase", ["confirm"] = "a new passphrase" }, tokenFrom: "/admin/accounts");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, merge.StatusCode);
        Assert.Equal("لا يوجد كيان آخر بالمعرّف \"nope\".", Text(await ParseAsync(merge), "[role=alert]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, url.StatusCode);
        Assert.Equal("يجب أن يكون العنوان كاملًا ويبدأ بـ http:// أو https://.", Text(await ParseAsync(url), "[role=alert]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, password.StatusCode);
        Assert.Equal("كلمة المرور الحالية غير صحيحة.", Text(await ParseAsync(password), "[role=alert]"));
    }

    [Fact]
    public async Task A_private_address_is_refused_with_its_reason_in_arabic()
    {
        using var app = new TalentWatchApp(new() { ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false" });
        using var session = new AdminSession(app);
        await session.SignInAsync();
        await session.UseArabicAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", new Dictionary<string, string>
        {
            ["Form.Url"] = "http://[::ffff:127.0.0.1]/",
            ["Form.Kind"] = "Rss",
            ["Form.IntervalMinutes"] = "30",
            ["Form.Enabled"] = "true",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            "مرفوض: [::ffff:127.0.0.1] عنوان استرجاع محلي (loopback)، والشبكات الخاصة غير مسموح بها (الإعداد TalentWatch:Scraper:AllowPrivateNetworks معطّل).",
            Text(await ParseAsync(response), "[role=alert]"));
    }

    [Fact]
    public async Task Sign_in_and_first_run_setup_are_arabic()
    {
        using var app = new TalentWatchApp();
        using var visitor = new AdminSession(app);
        await visitor.UseArabicAsync();

        var login = await GetAsync(visitor, "/admin/login", HttpStatusCode.OK);
        var refused = await GetAsync(visitor, "/admin/setup", HttpStatusCode.Forbidden);
        var setup = await GetAsync(visitor, visitor.SetupPath, HttpStatusCode.OK);
        using var differ = await visitor.PostFormAsync(visitor.SetupPath, new Dictionary<string, string> { ["UserName"] = "root", ["Password"] = AdminSession.Password, ["Confirm"] = "something else" });
        await visitor.CreateAdminAsync();
        using var wrong = await visitor.LoginAsync(password: "wrong password");

        Assert.Equal("rtl", login.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تسجيل دخول المسؤول", Text(login, "h1"));
        Assert.StartsWith("لا يوجد مسؤول بعد: افتح رابط الإعداد", Text(login, "p.notice"), StringComparison.Ordinal);
        Assert.Equal("admin set-password", Text(login, "p.notice code"));
        Assert.Empty(Untranslated(login));
        Assert.StartsWith("تتطلب هذه الصفحة رمز الإعداد", Text(refused, "[role=alert]"), StringComparison.Ordinal);
        Assert.Empty(Untranslated(setup));
        Assert.Equal(["الاسم", "كلمة المرور", "أعد كتابة كلمة المرور"], Texts(setup, "main form label"));
        Assert.Equal("كلمتا المرور غير متطابقتين.", Text(await ParseAsync(differ), "[role=alert]"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("الاسم أو كلمة المرور غير صحيحة.", Text(await ParseAsync(wrong), "[role=alert]"));
    }
}
