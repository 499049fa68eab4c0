namespace TalentWatch.Entities;

/// <summary>
/// Aho-Corasick automaton over normalised strings: one left-to-right pass over a text finds every occurrence of
/// every pattern, so matching cost depends on the text length and the number of hits, not on the pattern count.
/// </summary>
public sealed class AhoCorasick
{
    // Transitions of all nodes live in one dictionary keyed by (node, char): far less memory than a dictionary
    // per node when the catalog is inflated to 100k aliases.
    private readonly Dictionary<long, int> transitions = [];
    private readonly List<int> failure = [0];
    private readonly List<int> output = [-1];
    private readonly List<int> outputLink = [-1];
    private readonly List<int> depth = [0];
    private bool built;

    public int PatternCount { get; private set; }

    /// <summary>Adds a pattern and returns its id (0, 1, 2...). Adding the same string twice returns the first id.</summary>
    public int Add(string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        if (built)
        {
            throw new InvalidOperationException("The automaton is already built.");
        }

        var node = 0;
        foreach (var c in pattern)
        {
            var key = Key(node, c);
            if (!transitions.TryGetValue(key, out var next))
            {
                next = failure.Count;
                failure.Add(0);
                output.Add(-1);
                outputLink.Add(-1);
                depth.Add(depth[node] + 1);
                transitions[key] = next;
            }

            node = next;
        }

        if (output[node] < 0)
        {
            output[node] = PatternCount++;
        }

        return output[node];
    }

    /// <summary>Computes failure and output links (breadth-first). Call once after the last <see cref="Add"/>.</summary>
    public void Build()
    {
        if (built)
        {
            return;
        }

        // Children grouped per parent so the breadth-first walk does not scan the whole transition table per node.
        var children = new List<(char C, int Child)>?[failure.Count];
        foreach (var (key, child) in transitions)
        {
            var parent = (int)(key >> 16);
            (children[parent] ??= []).Add(((char)(key & 0xFFFF), child));
        }

        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (children[node] is not { } list)
            {
                continue;
            }

            foreach (var (c, child) in list)
            {
                var fail = 0;
                if (node != 0)
                {
                    var f = failure[node];
                    while (true)
                    {
                        if (transitions.TryGetValue(Key(f, c), out var target))
                        {
                            fail = target;
                            break;
                        }

                        if (f == 0)
                        {
                            break;
                        }

                        f = failure[f];
                    }
                }

                failure[child] = fail;
                outputLink[child] = output[fail] >= 0 ? fail : outputLink[fail];
                queue.Enqueue(child);
            }
        }

        built = true;
    }

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="state"/> (start state is 0).</summary>
    public int Step(int state, char c)
    {
        while (true)
        {
            if (transitions.TryGetValue(Key(state, c), out var next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = failure[state];
        }
    }

    /// <summary>
    /// First hit node for <paramref name="state"/>, or -1: the longest pattern ending here. Walk the rest with
    /// <see cref="NextHit"/> (shorter patterns ending at the same place), reading <see cref="PatternOf"/> and
    /// <see cref="LengthOf"/>. Node ids instead of an enumerator keep the hot loop allocation-free.
    /// </summary>
    public int FirstHit(int state) => output[state] >= 0 ? state : outputLink[state];

    public int NextHit(int hitNode) => outputLink[hitNode];

    public int PatternOf(int hitNode) => output[hitNode];

    public int LengthOf(int hitNode) => depth[hitNode];

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
