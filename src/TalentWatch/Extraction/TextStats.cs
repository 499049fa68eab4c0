using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Per-element counts of visible characters and of characters inside links, computed once per tree.</summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, (int Text, int Link)> counts = [];

    public TextStats(IElement root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                Add(t);
                continue;
            }

            if (n is IElement e && MainTextExtractor.IsNonContent(e))
            {
                continue;
            }

            foreach (var child in n.ChildNodes)
            {
                stack.Push(child);
            }
        }
    }

    public int TextLength(IElement e) => counts.TryGetValue(e, out var c) ? c.Text : 0;

    public double LinkDensity(IElement e) => counts.TryGetValue(e, out var c) && c.Text > 0 ? (double)c.Link / c.Text : 0;

    private void Add(IText t)
    {
        var length = 0;
        foreach (var ch in t.Data)
        {
            if (!char.IsWhiteSpace(ch))
            {
                length++;
            }
        }

        if (length == 0)
        {
            return;
        }

        var inLink = false;
        for (var p = t.ParentElement; p is not null; p = p.ParentElement)
        {
            inLink |= p.LocalName == "a";
        }

        for (var p = t.ParentElement; p is not null; p = p.ParentElement)
        {
            var c = counts.GetValueOrDefault(p);
            counts[p] = (c.Text + length, c.Link + (inLink ? length : 0));
        }
    }
}
