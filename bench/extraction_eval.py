#!/usr/bin/env python3
"""Score ArticleExtractor on sites rendered by /work/shared/eval/render_site.py, per template.

usage:
  extraction_eval.py manifest GOLD.json SITES_DIR MANIFEST.json   # pages + the feed hints the fetcher would see
  dotnet run -c Release --project bench/TalentWatch.Benchmarks -- dump MANIFEST.json OUT.jsonl
  extraction_eval.py score GOLD.json MANIFEST.json OUT.jsonl       # title/date/lang/text F1 per template

Feed hints mirror what each site's feed offers: RSS pubDate + title + channel language, Atom
published + title + author, news-sitemap publication_date + title + language, HTML listing a bare date.
Text F1 uses score.py's bag-of-words definition.
"""
import collections
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score  # noqa: E402

KIND = {"arabtech": "rss", "gulfbiz": "html", "arabwire": "rss", "wiretech": "rss", "devblog": "atom", "pressroom": "sitemap"}
LANG = {"arabtech": "ar", "gulfbiz": "ar", "arabwire": "ar", "wiretech": "en", "devblog": "en", "pressroom": "en"}


def manifest(gold_path, sites, out):
    gold = json.load(open(gold_path, encoding="utf-8"))
    urls = json.load(open(os.path.join(sites, "sources.json")))["urls"]
    items = []
    for g in gold:
        url = urls[g["id"]]
        path = url.split("/", 3)[3]
        site = g["site"]
        kind = KIND[site]
        hint = {"title": g["title"]}
        if kind == "rss":
            # RSS pubDate has second precision and the original offset.
            hint.update(publishedAt=g["published"], language=LANG[site])
        elif kind == "atom":
            hint.update(publishedAt=g["published"], author=g["author"])
        elif kind == "sitemap":
            hint.update(publishedAt=g["published"], language="en")
        # The HTML listing offers the title and a bare date, which the fetcher does not pass on as a timestamp.
        items.append({"id": g["id"], "site": site, "url": url,
                      "file": os.path.join(sites, site, path, "index.html"),
                      "encoding": "windows-1256" if site == "gulfbiz" else "utf-8", "hint": hint})
    json.dump(items, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def score_run(gold_path, manifest_path, out_path):
    gold = {g["id"]: g for g in json.load(open(gold_path, encoding="utf-8"))}
    items = {m["id"]: m for m in json.load(open(manifest_path, encoding="utf-8"))}
    per = collections.defaultdict(lambda: collections.Counter())
    worst = []
    for line in open(out_path, encoding="utf-8"):
        o = json.loads(line)
        g = gold[o["id"]]
        site = items[o["id"]]["site"]
        c = per[site]
        c["n"] += 1
        c["title"] += score.norm(o.get("title")) == score.norm(g["title"])
        gd, sd = score.parse_when(g["published"]), score.parse_when(o.get("publishedAt"))
        c["date"] += bool(gd and sd and abs((gd - sd).total_seconds()) <= 60)
        c["lang"] += (o.get("language") or "")[:2] == g["lang"]
        main_t, extra_t = score.gold_text(g)
        gm = collections.Counter(score.tokens(main_t))
        allowed = gm + collections.Counter(score.tokens(extra_t))
        sb = collections.Counter(score.tokens(o.get("text") or ""))
        p = sum((sb & allowed).values()) / max(1, sum(sb.values()))
        r = sum((sb & gm).values()) / max(1, sum(gm.values()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        c["f1"] += f
        worst.append((f, o["id"], p, r, sorted((sb - allowed).elements())[:12]))
        if score.norm(o.get("title")) != score.norm(g["title"]):
            print("TITLE", o["id"], repr(o.get("title")))
        if not (gd and sd and abs((gd - sd).total_seconds()) <= 60):
            print("DATE", o["id"], o.get("publishedAt"), g["published"])
    print(f"{'template':10s} {'n':>3s} {'title':>6s} {'date':>6s} {'lang':>6s} {'textF1':>7s}")
    for site in sorted(per):
        c = per[site]
        n = c["n"]
        print(f"{site:10s} {n:3d} {c['title']/n:6.2f} {c['date']/n:6.2f} {c['lang']/n:6.2f} {c['f1']/n:7.3f}")
    print("lowest text F1:")
    for f, i, p, r, extra in sorted(worst)[:6]:
        print(f"  {i:24s} F1={f:.3f} P={p:.3f} R={r:.3f} extra={extra}")


if __name__ == "__main__":
    if sys.argv[1] == "manifest":
        manifest(*sys.argv[2:5])
    else:
        score_run(*sys.argv[2:5])
