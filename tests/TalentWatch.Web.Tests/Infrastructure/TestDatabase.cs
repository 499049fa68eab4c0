namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// The database a test's app gets unless the test names one: a SQLite file in the app's folder, or, in
/// TalentWatch.Web.Tests.Postgres (which compiles the scraping, API, feed, event and page tests a second time), a new
/// database on one PostgreSQL cluster the test run starts for all of them and stops when it ends.
/// </summary>
internal static class TestDatabase
{
#if TALENTWATCH_TESTS_ON_POSTGRES
    // The cluster helper of the library tests, linked into both web test projects.
    private static readonly Lazy<TalentWatch.Tests.Storage.PostgresCluster> Cluster = new(StartCluster);

    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        [TalentWatch.Storage.DatabaseProviders.ConfigurationKey] = "postgres",
        ["ConnectionStrings:TalentWatch"] = Cluster.Value.NewDatabase(),
    };

    private static TalentWatch.Tests.Storage.PostgresCluster StartCluster()
    {
        var cluster = new TalentWatch.Tests.Storage.PostgresCluster();
        cluster.InitializeAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().GetAwaiter().GetResult();
        return cluster;
    }
#else
    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["ConnectionStrings:TalentWatch"] = $"Data Source={Path.Combine(folder, "talentwatch.db")}",
    };
#endif
}
