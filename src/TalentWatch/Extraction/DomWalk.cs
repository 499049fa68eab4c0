using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Iterative tree walks: recursion over a hostile DOM could exhaust the stack.</summary>
internal static class DomWalk
{
    /// <summary>Descendant elements in document order; <paramref name="descend"/> false prunes a subtree.</summary>
    public static IEnumerable<IElement> Elements(IElement root, Func<IElement, bool>? descend = null)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            if (descend is null || descend(e))
            {
                PushChildren(stack, e);
            }
        }
    }

    /// <summary>Text of a subtree, without recursion; script and style contents are skipped.</summary>
    public static string Text(INode root)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            if (n is IElement el && (el.LocalName is "script" or "style" or "template" or "noscript"))
            {
                continue;
            }

            if (n is IElement { LocalName: "br" })
            {
                sb.Append(' ');
            }

            for (var i = n.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(n.ChildNodes[i]);
            }
        }

        return CleanText.CollapseWhitespace(sb.ToString());
    }

    private static void PushChildren(Stack<IElement> stack, IElement e)
    {
        // ChildNodes is list-backed; Children is a filtered view that is slow to index.
        var children = e.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }
}
