using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Lookup of &lt;meta&gt; values by property, name, itemprop or http-equiv, first one wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = meta.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(key))
                {
                    continue;
                }

                // Some sites put several space-separated keys in one attribute ("og:title twitter:title").
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    values.TryAdd(k, content.Trim());
                }
            }
        }
    }

    public string? Get(params string[] keys)
    {
        foreach (var k in keys)
        {
            if (values.TryGetValue(k, out var v))
            {
                return v;
            }
        }

        return null;
    }
}
