using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TalentWatch.Storage;

public sealed class TalentWatchDb : DbContext
{
    public TalentWatchDb(DbContextOptions<TalentWatchDb> options)
        : base(options)
    {
        // Noted as rows change state, so a save knows whether readers will see it without scanning the tracker again.
        ChangeTracker.Tracked += (_, e) => HasPublishedChanges |= PublishedChangesInterceptor.IsPublished(e.Entry);
        ChangeTracker.StateChanged += (_, e) => HasPublishedChanges |= PublishedChangesInterceptor.IsPublished(e.Entry);
    }

    /// <summary>Whether rows a reader sees were added, changed or deleted and not saved yet (<see cref="PublishedChangesInterceptor"/>).</summary>
    internal bool HasPublishedChanges { get; set; }

    public DbSet<Source> Sources => Set<Source>();
    public DbSet<DeletedSource> DeletedSources => Set<DeletedSource>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticlePage> ArticlePages => Set<ArticlePage>();
    public DbSet<ScrapeRun> ScrapeRuns => Set<ScrapeRun>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();
    public DbSet<Move> Moves => Set<Move>();
    public DbSet<TalentEvent> Events => Set<TalentEvent>();
    public DbSet<AdminUser> AdminUsers => Set<AdminUser>();
    public DbSet<RemovedEntity> RemovedEntities => Set<RemovedEntity>();
    public DbSet<StorageHeartbeat> StorageHeartbeats => Set<StorageHeartbeat>();
    public DbSet<ProtectionKey> ProtectionKeys => Set<ProtectionKey>();
    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();
    public DbSet<SetupTokenDigest> SetupTokenDigests => Set<SetupTokenDigest>();
    public DbSet<ArticleClaim> ArticleClaims => Set<ArticleClaim>();
    public DbSet<EventAuditEntry> EventAudit => Set<EventAuditEntry>();
    public DbSet<ReportPin> ReportPins => Set<ReportPin>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every timestamp is UTC in the database; reading it back must say so, or JSON would lose the "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<SourceKind>().HaveConversion<string>();
        configurationBuilder.Properties<SourceStatus>().HaveConversion<string>();
        configurationBuilder.Properties<Vocabulary.EntityKind>().HaveConversion<string>();
        configurationBuilder.Properties<Vocabulary.MoveType>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Source>(source =>
        {
            source.HasIndex(s => s.Url).IsUnique();
            source.Property(s => s.Name).HasMaxLength(200);
            source.Ignore(s => s.Articles);
        });
        modelBuilder.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Url).IsUnique();
            // Relevant too, so the timeline finds its newest articles in the index alone: after the text, the flag is
            // behind every overflow page of a long article.
            article.HasIndex(a => new { a.SortAt, a.Id, a.Relevant });
            article.HasIndex(a => a.SourceId);
            // Deleting a source keeps its articles unless the admin asks to remove them (which deletes them first).
            article.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);
            article.HasOne(a => a.Page).WithOne().HasForeignKey<ArticlePage>(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.Ignore(a => a.PublishedAtWithOffset);
        });
        if (Database.IsNpgsql())
        {
            // SQLite keeps an FTS5 table by triggers; PostgreSQL a tsvector over the text the app normalises.
            modelBuilder.Entity<ArticleSearchText>(search =>
            {
                search.ToTable("ArticleSearch");
                search.HasKey(s => s.ArticleId);
                search.HasOne(s => s.Article).WithOne().HasForeignKey<ArticleSearchText>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
                search.Property<NpgsqlTypes.NpgsqlTsVector>("Document").HasComputedColumnSql("to_tsvector('simple', \"Text\")", stored: true);
                search.HasIndex("Document").HasMethod("GIN");
            });
            modelBuilder.HasCollation("nocase", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        }
        modelBuilder.Entity<ArticlePage>().HasKey(p => p.ArticleId);
        modelBuilder.Entity<DeletedSource>().HasKey(d => d.Url);
        modelBuilder.Entity<Entity>(entity =>
        {
            entity.HasIndex(e => e.Slug).IsUnique();
            entity.HasIndex(e => e.Kind);
            entity.Ignore(e => e.AliasList);
        });
        modelBuilder.Entity<RemovedEntity>().HasIndex(r => r.Slug).IsUnique();
        modelBuilder.Entity<ArticleEntity>(mention =>
        {
            mention.HasKey(m => new { m.ArticleId, m.EntityId });
            // An entity's timeline: its newest mentions, relevance read from the index (relevant=all uses the same range).
            mention.HasIndex(m => new { m.EntityId, m.ArticleSortAt, m.ArticleId, m.ArticleRelevant });
            mention.HasOne(m => m.Article).WithMany(a => a.Entities).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            mention.HasOne(m => m.Entity).WithMany().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Move>(move =>
        {
            move.HasOne(m => m.Article).WithMany(a => a.Moves).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            move.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
            move.HasOne(m => m.From).WithMany().HasForeignKey(m => m.FromId).OnDelete(DeleteBehavior.Cascade);
            move.HasOne(m => m.To).WithMany().HasForeignKey(m => m.ToId).OnDelete(DeleteBehavior.Cascade);
            move.HasOne(m => m.Event).WithMany(e => e.Moves).HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<TalentEvent>(talentEvent =>
        {
            talentEvent.ToTable("Events");
            talentEvent.HasIndex(e => new { e.LatestReportedAt, e.Id });
            talentEvent.HasIndex(e => new { e.Type, e.PersonId, e.FromId, e.ToId });
            // A person's and a company's timeline read their newest events from these in order: with the foreign keys alone
            // a company named in 800 events had every one of them read and sorted for each page and feed.
            talentEvent.HasIndex(e => new { e.PersonId, e.LatestReportedAt, e.Id });
            talentEvent.HasIndex(e => new { e.FromId, e.LatestReportedAt, e.Id });
            talentEvent.HasIndex(e => new { e.ToId, e.LatestReportedAt, e.Id });
            // A timeline of one kind of move (?type=poach) reads the newest of that kind without sorting all of them.
            talentEvent.HasIndex(e => new { e.Type, e.LatestReportedAt, e.Id });
            // The flows page counts company pairs from this index alone, without reading the events' rows.
            talentEvent.HasIndex(e => new { e.Type, e.FromId, e.ToId, e.Background, e.RelevantConfidence, e.FirstReportedAt });
            talentEvent.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
            talentEvent.HasOne(e => e.From).WithMany().HasForeignKey(e => e.FromId).OnDelete(DeleteBehavior.Cascade);
            talentEvent.HasOne(e => e.To).WithMany().HasForeignKey(e => e.ToId).OnDelete(DeleteBehavior.Cascade);
            // The review queue: one status, newest first.
            talentEvent.HasIndex(e => new { e.Review, e.LatestReportedAt, e.Id });
            talentEvent.Property(e => e.ReviewedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<EventAuditEntry>(entry =>
        {
            entry.ToTable("EventAudit");
            entry.HasIndex(a => new { a.EventId, a.At });
            entry.Property(a => a.By).HasMaxLength(100);
            entry.Property(a => a.Action).HasMaxLength(20);
            entry.HasOne(a => a.Event).WithMany(e => e.Audit).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReportPin>(pin =>
        {
            pin.HasIndex(p => new { p.ArticleId, p.Report }).IsUnique();
            pin.HasIndex(p => p.EventId);
            pin.Property(p => p.Report).HasMaxLength(200);
            pin.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
            pin.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AdminUser>(admin =>
        {
            // Names compare case-insensitively at login, so two accounts must not differ only by case.
            admin.Property(a => a.Name).HasMaxLength(100).UseCollation(Database.IsNpgsql() ? "nocase" : "NOCASE");
            admin.HasIndex(a => a.Name).IsUnique();
        });
        modelBuilder.Entity<ScrapeRun>(run =>
        {
            run.HasIndex(r => new { r.SourceId, r.StartedAt });
            run.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StorageHeartbeat>(heartbeat =>
        {
            heartbeat.HasKey(h => h.Instance);
            heartbeat.Property(h => h.Instance).HasMaxLength(300);
        });
        modelBuilder.Entity<LoginFailure>(failure =>
        {
            failure.HasKey(f => f.Key);
            failure.Property(f => f.Key).HasMaxLength(400);
            failure.HasIndex(f => f.Until);
        });
        modelBuilder.Entity<ArticleClaim>(claim =>
        {
            claim.HasKey(c => c.Url);
            claim.Property(c => c.Holder).HasMaxLength(300);
        });
        modelBuilder.Entity<SetupTokenDigest>(setup =>
        {
            setup.HasKey(t => t.Digest);
            setup.Property(t => t.IssuedBy).HasMaxLength(300);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toDb => toDb.Kind == DateTimeKind.Utc ? toDb : toDb.ToUniversalTime(),
        fromDb => DateTime.SpecifyKind(fromDb, DateTimeKind.Utc));
}
