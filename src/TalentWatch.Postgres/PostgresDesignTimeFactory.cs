using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TalentWatch.Storage;

namespace TalentWatch.Postgres;

/// <summary>
/// For `dotnet ef migrations add NAME --project src/TalentWatch.Postgres --startup-project src/TalentWatch.Postgres`:
/// the model as the postgres provider builds it. No server is contacted to generate a migration.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<TalentWatchDb>
{
    public TalentWatchDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchPostgres("Host=localhost;Database=talentwatch_design", TalentWatch.Search.ArticleSearch.Normalize);
        return new TalentWatchDb(options.Options);
    }
}
