#!/usr/bin/env python3
"""Score the app's article text against trafilatura's evaluation set (tests/evaldata.json).

usage:
  extraction_real_eval.py EVALDATA.json EXTRACT.jsonl [EXTRACT.jsonl...] [--worst N] [--show FILE]...
                          [--min-lang-docs K]

EVALDATA.json maps URL -> {"file": NAME, "with": [chunks the text must hold], "without": [chunks it must not]}.
EXTRACT.jsonl is the output of `TalentWatch.Web extract PATH...`: one JSON object per page with "file" (the path
it read), "text", "language", ... or "error". A page is matched to its annotation by file name; when the same
name was extracted from both tests/cache and tests/eval, the cache copy is used, as trafilatura does.

Scoring follows trafilatura's benchmark: text and chunks are whitespace-normalised (every run of Unicode
whitespace becomes one space, ends trimmed); per document a 'with' chunk found in the text is a true positive,
one not found a false negative; a 'without' chunk found is a false positive, one not found a true negative.
A document with no text (empty, an "error" line, or no line at all) scores every 'with' chunk as missed.
Precision, recall, F1 and accuracy are computed over the counts summed across documents (micro average).

Blind split: a document is in the blind split when the first byte of sha1(URL as UTF-8) is below 64, about 25%
of the corpus, fixed by the URL alone (not by file order or corpus size). Tune against the dev split and check
the blind split only now and then, so that improvements which only fit the dev pages show up as a gap.

Languages: "detected" is the app's "language" field; "declared" is the primary subtag of the page's own
<html lang="..."> (or xml:lang), read from the file named in the JSON line when it still exists.

--worst N     the N documents with the most missed 'with' chunks (then most included 'without' chunks)
--show FILE   for one document (file name, path or URL): each chunk kept/missed/included, with a hint whether a
              missed chunk is in the page's visible text at all, and the start of the extracted text
Only the Python 3 standard library is used.
"""
import argparse
import collections
import hashlib
import html.parser
import json
import os
import re
import sys

BLIND_BYTE_LIMIT = 64  # sha1(url)[0] < 64 -> blind, i.e. 64/256 = 25%


def norm(text):
    """Collapse every run of whitespace (str.split's Unicode notion) to one space and trim."""
    return " ".join(text.split())


def is_blind(url):
    return hashlib.sha1(url.encode("utf-8")).digest()[0] < BLIND_BYTE_LIMIT


class Counts:
    __slots__ = ("docs", "tp", "fp", "fn", "tn", "empty")

    def __init__(self):
        self.docs = self.tp = self.fp = self.fn = self.tn = self.empty = 0

    def add(self, doc):
        self.docs += 1
        self.tp += doc["tp"]
        self.fp += doc["fp"]
        self.fn += doc["fn"]
        self.tn += doc["tn"]
        self.empty += doc["empty"]

    def scores(self):
        def ratio(a, b):
            return a / b if b else 0.0
        precision = ratio(self.tp, self.tp + self.fp)
        recall = ratio(self.tp, self.tp + self.fn)
        f1 = ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)
        accuracy = ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)
        return precision, recall, f1, accuracy


def load_records(paths):
    """All JSON lines, keyed by file name; a cache/ copy wins over an eval/ one, then the first seen."""
    def rank(path):
        parent = os.path.basename(os.path.dirname(path))
        return {"cache": 0, "eval": 1}.get(parent, 2)

    by_name = {}
    bad_lines = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    bad_lines += 1
                    continue
                file = rec.get("file") or ""
                name = os.path.basename(file)
                old = by_name.get(name)
                if old is None or rank(file) < rank(old.get("file") or ""):
                    by_name[name] = rec
    return by_name, bad_lines


HTML_LANG = re.compile(rb"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?![A-Za-z])", re.IGNORECASE)


def declared_lang(path):
    if not path or not os.path.isfile(path):
        return None
    with open(path, "rb") as f:
        m = HTML_LANG.search(f.read())
    return m.group(1).decode("ascii").lower() if m else "(none)"


def score_document(url, item, rec):
    text = rec.get("text") if rec else None
    text = norm(text) if isinstance(text, str) else ""
    withs = [norm(c) for c in item["with"]]
    withouts = [norm(c) for c in item["without"]]
    kept = [bool(text) and c in text for c in withs]
    included = [bool(text) and c in text for c in withouts]
    return {
        "url": url,
        "file": item["file"],
        "path": rec.get("file") if rec else None,
        "blind": is_blind(url),
        "text": text,
        "language": (rec.get("language") or "(none)") if rec else "(no output)",
        "error": (rec.get("error") if rec else "no line in the extract output"),
        "withs": withs,
        "withouts": withouts,
        "kept": kept,
        "included": included,
        "tp": sum(kept),
        "fn": len(withs) - sum(kept),
        "fp": sum(included),
        "tn": len(withouts) - sum(included),
        "empty": int(not text and len(withs) > 0),
    }


def table(rows, label):
    out = [f"| {label} | documents | precision | recall | F1 | accuracy | empty text |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for name, c in rows:
        p, r, f, a = c.scores()
        out.append(f"| {name} | {c.docs} | {p:.3f} | {r:.3f} | {f:.3f} | {a:.3f} | {c.empty} |")
    return "\n".join(out)


def grouped(docs, key, min_docs):
    groups = collections.defaultdict(Counts)
    for d in docs:
        groups[key(d)].add(d)
    big = sorted(((k, c) for k, c in groups.items() if c.docs >= min_docs), key=lambda kc: (-kc[1].docs, kc[0]))
    small = [c for c in groups.values() if c.docs < min_docs]
    if small:
        other = Counts()
        for c in small:
            for attr in Counts.__slots__:
                setattr(other, attr, getattr(other, attr) + getattr(c, attr))
        names = sorted(k for k, c in groups.items() if c.docs < min_docs)
        big.append(("other: " + ", ".join(names) if len(names) <= 4 else f"other ({len(names)} languages)", other))
    return big, groups


class VisibleText(html.parser.HTMLParser):
    """Text outside <script>/<style>, with a space at block boundaries, for --show's hints."""
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
              "section", "article", "header", "footer", "aside", "nav", "blockquote", "pre", "figure", "figcaption",
              "dd", "dt", "dl", "main", "form", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_texts(path):
    """(visible text, whole decoded source) of a saved page, both normalised; None when it cannot be read."""
    if not path or not os.path.isfile(path):
        return None
    raw = open(path, "rb").read()
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", raw[:4096], re.IGNORECASE)
    for enc in ([m.group(1).decode("ascii")] if m else []) + ["utf-8", "cp1252", "latin-1"]:
        try:
            source = raw.decode(enc)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    parser = VisibleText()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # noqa: BLE001 - a hint only
        pass
    import html as htmlmod
    return norm("".join(parser.parts)), norm(htmlmod.unescape(source))


def hint(chunk, text, pages):
    notes = []
    if text:
        head, tail = chunk[:30], chunk[-30:]
        if head in text and tail in text:
            notes.append("start and end are in the text")
        elif head in text:
            notes.append("start is in the text")
        elif tail in text:
            notes.append("end is in the text")
    if pages is not None:
        visible, source = pages
        if chunk in visible:
            notes.append("in the page's visible text")
        elif chunk in source:
            notes.append("only in script/attributes/markup")
        else:
            notes.append("not found verbatim in the page (markup splits it)")
    return "; ".join(notes) or "no text, and the page file is not available"


def show(doc, lang):
    print(f"\n## {doc['file']}\n")
    print(f"url: {doc['url']}")
    print(f"path: {doc['path']}")
    print(f"split: {'blind' if doc['blind'] else 'dev'}; detected language: {doc['language']}; declared: {lang}")
    if doc["error"]:
        print(f"error: {doc['error']}")
    print(f"text: {len(doc['text'])} chars; with kept {doc['tp']}/{len(doc['withs'])}, "
          f"without included {doc['fp']}/{len(doc['withouts'])}")
    pages = page_texts(doc["path"])
    print("\nwith (must be in the text):")
    for chunk, ok in zip(doc["withs"], doc["kept"]):
        print(f"  [{'kept  ' if ok else 'MISSED'}] {chunk[:160]!r}" + ("" if ok else f"\n           ({hint(chunk, doc['text'], pages)})"))
    print("\nwithout (must not be in the text):")
    for chunk, bad in zip(doc["withouts"], doc["included"]):
        print(f"  [{'INCLUDED' if bad else 'left out'}] {chunk[:160]!r}")
    print(f"\ntext start: {doc['text'][:600]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("evaldata")
    ap.add_argument("jsonl", nargs="+")
    ap.add_argument("--worst", type=int, default=0, metavar="N")
    ap.add_argument("--show", action="append", default=[], metavar="FILE")
    ap.add_argument("--min-lang-docs", type=int, default=10, metavar="K",
                    help="languages with fewer documents are pooled as 'other' (default 10)")
    args = ap.parse_args(argv)

    with open(args.evaldata, encoding="utf-8") as f:
        evaldata = json.load(f)
    records, bad_lines = load_records(args.jsonl)
    docs = [score_document(url, item, records.get(item["file"])) for url, item in evaldata.items()]
    langs = {d["file"]: declared_lang(d["path"]) for d in docs}

    total, dev, blind = Counts(), Counts(), Counts()
    for d in docs:
        total.add(d)
        (blind if d["blind"] else dev).add(d)
    n_with = sum(len(d["withs"]) for d in docs)
    n_without = sum(len(d["withouts"]) for d in docs)
    matched = sum(1 for d in docs if d["path"])
    unused = len(records) - len({d["file"] for d in docs if d["path"]})

    print(f"# Text extraction on trafilatura's evaluation set\n")
    print(f"{len(evaldata)} annotated documents ({n_with} 'with' and {n_without} 'without' chunks); "
          f"{matched} matched an extract line, {len(records)} pages extracted "
          f"({unused} pages not annotated, ignored){f'; {bad_lines} unreadable lines' if bad_lines else ''}.\n")
    print(table([("all", total), ("dev split", dev), ("blind split", blind)], "set"))

    print(f"\n(counts over all: tp {total.tp}, fp {total.fp}, fn {total.fn}, tn {total.tn})")

    empties = sorted((d for d in docs if d["empty"]), key=lambda d: d["file"])
    print(f"\nEmpty text where gold keeps text: {len(empties)}")
    for d in empties:
        why = f" (error: {d['error']})" if d["error"] else ""
        print(f"- {d['file']}{why}")

    rows, _ = grouped(docs, lambda d: d["language"], args.min_lang_docs)
    print("\n" + table(rows, "detected language"))
    if any(v is not None for v in langs.values()):
        rows, groups = grouped(docs, lambda d: langs[d["file"]] or "(unread)", args.min_lang_docs)
        print("\n" + table(rows, "declared <html lang>"))
        print("\nDocuments by declared <html lang>: "
              + ", ".join(f"{k} {c.docs}" for k, c in sorted(groups.items(), key=lambda kc: (-kc[1].docs, kc[0]))))
        both = [d for d in docs if langs[d["file"]] not in (None, "(none)") and d["language"] not in ("(none)", "(no output)")]
        agree = sum(1 for d in both if d["language"] == langs[d["file"]])
        print(f"Detected language equals the declared one on {agree} of {len(both)} pages that declare one.")

    if args.worst:
        worst = sorted(docs, key=lambda d: (-d["fn"], -d["fp"], d["file"]))[: args.worst]
        print(f"\n## {len(worst)} documents with the most missed 'with' chunks\n")
        print("| file | url | with missed | without included | text length |")
        print("|---|---|---:|---:|---:|")
        for d in worst:
            print(f"| {d['file']} | {d['url']} | {d['fn']}/{len(d['withs'])} | {d['fp']}/{len(d['withouts'])} | {len(d['text'])} |")

    for wanted in args.show:
        found = [d for d in docs if wanted in (d["url"], d["path"]) or d["file"] == os.path.basename(wanted)]
        if not found:
            print(f"\n--show {wanted}: no such document in {args.evaldata}", file=sys.stderr)
            return 2
        show(found[0], langs[found[0]["file"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
