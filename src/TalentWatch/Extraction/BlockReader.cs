using System.Text;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Reads a container's text as blocks in document order: every block element boundary starts a new paragraph.</summary>
internal static class BlockReader
{
    public static List<TextBlock> Read(IElement container)
    {
        var reader = new State();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                reader.Append(text.Data);
                continue;
            }

            if (node is not IElement e || MainTextExtractor.IsNonContent(e))
            {
                continue;
            }

            var tag = e.LocalName;
            var isBlock = HtmlTags.Block.Contains(tag);
            if (exit)
            {
                if (isBlock)
                {
                    reader.Flush();
                    reader.Blocks.Pop();
                }

                if (tag == "a")
                {
                    reader.LinkDepth--;
                }

                if (tag == "blockquote")
                {
                    reader.QuoteDepth--;
                }

                continue;
            }

            if (tag == "br")
            {
                reader.LineBreak();
                continue;
            }

            if (isBlock)
            {
                reader.Flush();
                reader.Blocks.Push(tag);
            }

            if (tag == "a")
            {
                reader.LinkDepth++;
            }

            if (tag == "blockquote")
            {
                reader.QuoteDepth++;
            }

            stack.Push((e, true));
            for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((e.ChildNodes[i], false));
            }
        }

        reader.Flush();
        return reader.Output;
    }

    private sealed class State
    {
        private readonly StringBuilder text = new();
        private int chars;
        private int linkChars;
        private bool brPending;

        public Stack<string> Blocks { get; } = new(["div"]);

        public List<TextBlock> Output { get; } = [];

        public int LinkDepth { get; set; }

        public int QuoteDepth { get; set; }

        public void Append(string data)
        {
            var visible = 0;
            foreach (var c in data)
            {
                if (!char.IsWhiteSpace(c))
                {
                    visible++;
                }
            }

            if (visible > 0)
            {
                brPending = false;
            }

            text.Append(data);
            chars += visible;
            linkChars += LinkDepth > 0 ? visible : 0;
        }

        /// <summary>One &lt;br&gt; is a line break inside a paragraph; two in a row separate paragraphs.</summary>
        public void LineBreak()
        {
            if (brPending)
            {
                Flush();
                return;
            }

            text.Append(' ');
            brPending = true;
        }

        public void Flush()
        {
            brPending = false;
            if (chars > 0)
            {
                Output.Add(new TextBlock(CleanText.CollapseWhitespace(text.ToString()), Blocks.Peek(), chars, linkChars, QuoteDepth > 0));
            }

            text.Clear();
            chars = 0;
            linkChars = 0;
        }
    }
}
