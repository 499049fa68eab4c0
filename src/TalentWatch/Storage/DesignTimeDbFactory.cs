using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TalentWatch.Storage;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<TalentWatchDb>
{
    public TalentWatchDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite(DatabaseSetup.DefaultConnectionString);
        return new TalentWatchDb(options.Options);
    }
}
