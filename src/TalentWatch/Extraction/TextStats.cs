using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Per-element counts of visible characters and of characters inside links, computed once per tree.</summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, (int Text, int Link)> counts = [];

    public TextStats(IElement root)
    {
        // Post-order without recursion: each element sums its children once, so the pass is linear in the tree.
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (e, exit) = stack.Pop();
            if (MainTextExtractor.IsNonContent(e))
            {
                continue;
            }

            if (!exit)
            {
                stack.Push((e, true));
                foreach (var child in e.ChildNodes)
                {
                    if (child is IElement ce)
                    {
                        stack.Push((ce, false));
                    }
                }

                continue;
            }

            int text = 0, link = 0;
            foreach (var child in e.ChildNodes)
            {
                if (child is IText t)
                {
                    text += VisibleLength(t.Data);
                }
                else if (child is IElement ce && counts.TryGetValue(ce, out var c))
                {
                    text += c.Text;
                    link += c.Link;
                }
            }

            counts[e] = (text, e.LocalName == "a" ? text : link);
        }
    }

    public int TextLength(IElement e) => counts.TryGetValue(e, out var c) ? c.Text : 0;

    public double LinkDensity(IElement e) => counts.TryGetValue(e, out var c) && c.Text > 0 ? (double)c.Link / c.Text : 0;

    private static int VisibleLength(string data)
    {
        var length = 0;
        foreach (var ch in data)
        {
            if (!char.IsWhiteSpace(ch))
            {
                length++;
            }
        }

        return length;
    }
}
