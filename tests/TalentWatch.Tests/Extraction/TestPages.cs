using System.Text;

namespace TalentWatch.Tests.Extraction;

internal static class TestPages
{
    static TestPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Load(string name, int codePage = 0)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", name);
        return codePage == 0 ? File.ReadAllText(path, Encoding.UTF8) : File.ReadAllText(path, Encoding.GetEncoding(codePage));
    }
}
