using System.Text.RegularExpressions;

namespace TalentWatch.Tests.Architecture;

/// <summary>
/// The library's folders (one capability each, src/TalentWatch/*) depend on each other in one direction only: read
/// from the namespaces each file names, a folder never reaches back to one that depends on it.
/// </summary>
public sealed partial class FolderDependencyTests
{
    [GeneratedRegex(@"\bTalentWatch\.([A-Z][A-Za-z]*)")]
    private static partial Regex NamespaceReference();

    /// <summary>The folder holding TalentWatch.sln, above the test's output folder.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TalentWatch.sln not found above " + AppContext.BaseDirectory);
    }

    private static string LibraryFolder() => Path.Combine(RepositoryRoot(), "src", "TalentWatch");

    /// <summary>Folder → the folders it names, each with the files that name it.</summary>
    private static Dictionary<string, Dictionary<string, SortedSet<string>>> Dependencies()
    {
        var root = LibraryFolder();
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var graph = folders.ToDictionary(f => f!, _ => new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder!), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match reference in NamespaceReference().Matches(File.ReadAllText(file)))
                {
                    var target = reference.Groups[1].Value;
                    if (target != folder && folders.Contains(target))
                    {
                        var files = graph[folder!].TryGetValue(target, out var known) ? known : graph[folder!][target] = new SortedSet<string>(StringComparer.Ordinal);
                        files.Add(Path.GetRelativePath(root, file));
                    }
                }
            }
        }

        return graph;
    }

    [Fact]
    public void No_folder_of_the_library_depends_back_on_one_that_depends_on_it()
    {
        var graph = Dependencies();
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            // A path back to the start through the folders it depends on is a cycle.
            var path = new Stack<string>();
            if (PathBack(graph, start, start, path, []))
            {
                var steps = path.Reverse().Prepend(start).ToList();
                cycles.Add(string.Join(" → ", steps) + ": "
                    + string.Join("; ", steps.Zip(steps.Skip(1), (a, b) => $"{a}→{b} in {string.Join(", ", graph[a][b].Take(3))}")));
            }
        }

        Assert.True(cycles.Count == 0, "Folder cycles:\n" + string.Join("\n", cycles.Distinct()));
    }

    [Fact]
    public void Storage_and_the_shared_vocabulary_name_no_capability_folder()
    {
        var graph = Dependencies();

        Assert.Empty(graph["Vocabulary"]);
        Assert.Equal(["Vocabulary"], graph["Storage"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_reader_of_namespaces_sees_the_dependencies_the_pipeline_needs()
    {
        // Guards the test above against reading nothing: these are known, wanted dependencies.
        var graph = Dependencies();

        Assert.Contains("Entities", graph["Moves"].Keys);
        Assert.Contains("Storage", graph["Scraping"].Keys);
        Assert.Contains("Vocabulary", graph["Moves"].Keys);
    }

    private static bool PathBack(Dictionary<string, Dictionary<string, SortedSet<string>>> graph, string start, string at, Stack<string> path, HashSet<string> seen)
    {
        foreach (var next in graph[at].Keys.Order(StringComparer.Ordinal))
        {
            path.Push(next);
            if (next == start || (seen.Add(next) && PathBack(graph, start, next, path, seen)))
            {
                return true;
            }

            path.Pop();
        }

        return false;
    }
}
