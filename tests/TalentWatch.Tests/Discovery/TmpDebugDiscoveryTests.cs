using TalentWatch.Entities.Discovery;

namespace TalentWatch.Tests.Discovery;

public sealed class TmpDebugDiscoveryTests
{
    [Fact]
    public void Dump()
    {
        var text = File.ReadAllText("/tmp/dbg/in.txt");
        var lang = File.ReadAllText("/tmp/dbg/lang.txt").Trim();
        File.WriteAllText("/tmp/dbg/out2.txt", string.Join("\n", EntityDiscovery.Discover("", text, lang, []).Select(e => $"{e.Kind} {e.Name} / {e.NameAr} [{string.Join("|", e.Aliases)}] {e.Count}")));
    }
}
