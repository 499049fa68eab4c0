using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// A database made by the migrations: its full-text index follows every insert, title change and delete, articles outlive
/// their source, and a database another version migrated is refused untouched.
/// </summary>
public sealed class NewDatabaseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-migration-").FullName;

    private string DatabasePath => Path.Combine(folder, "t.db");

    private TalentWatchDb Open()
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite($"Data Source={DatabasePath}");
        return new TalentWatchDb(options.Options);
    }

    private static Task<int> SearchAsync(TalentWatchDb db, string word) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {word}").SingleAsync();

    private static Article NewArticle(int sourceId, string slug, string word) => new()
    {
        SourceId = sourceId,
        Url = $"https://wire.example/{slug}",
        Title = $"{word} story",
        Language = "en",
        Text = $"More on the {slug} story.",
        FetchedAt = DateTime.UtcNow,
        SortAt = DateTime.UtcNow,
        Page = new ArticlePage { FetchedUrl = $"https://wire.example/{slug}", HtmlGzip = [1, 2, 3] },
    };

    private async Task<(TalentWatchDb Db, Source Source)> NewDatabaseWithSourceAsync()
    {
        var db = Open();
        await DatabaseSetup.MigrateAsync(db);
        var source = new Source { Name = "wire", Kind = SourceKind.Rss, Url = "https://wire.example/feed.xml" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return (db, source);
    }

    [Fact]
    public async Task Search_follows_every_insert_title_change_and_delete()
    {
        var (db, source) = await NewDatabaseWithSourceAsync();
        await using var _ = db;
        db.Articles.AddRange(NewArticle(source.Id, "one", "zebra"), NewArticle(source.Id, "two", "yak"));
        await db.SaveChangesAsync();

        Assert.Equal((1, 1), (await SearchAsync(db, "zebra"), await SearchAsync(db, "yak")));

        await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET Title = 'ibis story' WHERE Url LIKE '%/one'");
        Assert.Equal((1, 0), (await SearchAsync(db, "ibis"), await SearchAsync(db, "zebra")));

        await db.Articles.Where(a => a.Url.EndsWith("/two")).ExecuteDeleteAsync();
        Assert.Equal(0, await SearchAsync(db, "yak"));
    }

    [Fact]
    public async Task Articles_outlive_their_source()
    {
        var (db, source) = await NewDatabaseWithSourceAsync();
        await using var _ = db;
        db.Articles.Add(NewArticle(source.Id, "kept", "owl"));
        await db.SaveChangesAsync();

        await db.Sources.ExecuteDeleteAsync();

        Assert.Equal(1, await db.Articles.CountAsync(a => a.SourceId == null));
        Assert.Equal(1, await SearchAsync(db, "owl"));
    }

    [Fact]
    public async Task The_migrations_also_go_back_down_to_nothing()
    {
        await using var db = Open();
        await DatabaseSetup.MigrateAsync(db);

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
        var left = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'")
            .ToListAsync();
        Assert.Empty(left);
    }

    [Fact]
    public async Task A_database_another_version_migrated_is_refused_and_left_as_it_is()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261128152018_Initial', '10.0.0');
                CREATE TABLE "Sources" ("Id" INTEGER PRIMARY KEY);
                """;
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(DatabasePath);

        await using var db = Open();
        var refused = await Assert.ThrowsAsync<UnknownSchemaException>(() => DatabaseSetup.MigrateAsync(db));

        Assert.Equal(["20261128152018_Initial"], refused.Migrations);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabasePath));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
