using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace TalentWatch.Benchmarks;

/// <summary>`serve-static FOLDER URL`: Kestrel serving saved pages as static files, the page benchmark's baseline.</summary>
public static class StaticPages
{
    public static async Task<int> RunAsync(string folder, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)), ServeUnknownFileTypes = true });
        await app.RunAsync();
        return 0;
    }
}
