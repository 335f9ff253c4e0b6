#!/usr/bin/env python3
"""Token-level precision, recall and F1 of the main text Parley extracts from web pages, next to trafilatura's, on the
fixture pages of Tests/Fixtures/html (each NAME.html with NAME.expected.txt and NAME.meta.json).

    pip install trafilatura lxml_html_clean
    swift build --product parley
    python3 tools/html_quality.py [--parley .build/debug/parley] [--dir Tests/Fixtures/html] [--per-page]

Tokens are lower-cased runs of letters and digits; precision and recall count tokens as a multiset (a token extracted
twice counts twice), summed over all pages (micro average) and per page. Metadata (title, date, canonical address, site
name) is scored as exact matches. trafilatura runs with its defaults except include_comments=False (comments are not
main text); it is given the raw bytes, as Parley is.
"""
import argparse, collections, glob, json, os, re, subprocess, sys

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return collections.Counter(t.lower() for t in TOKEN.findall(text or ""))


def prf(pred, gold):
    overlap = sum((pred & gold).values())
    p = overlap / max(sum(pred.values()), 1)
    r = overlap / max(sum(gold.values()), 1)
    return overlap, sum(pred.values()), sum(gold.values()), p, r


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def run_parley(binary, files):
    out = subprocess.run([binary, "html-text", "--json"] + files, capture_output=True, text=True)
    if out.stderr:
        sys.stderr.write(out.stderr)
    res = {}
    for line in out.stdout.splitlines():
        o = json.loads(line)
        res[o["file"]] = o
    return res


def run_trafilatura(files):
    import trafilatura
    res = {}
    for f in files:
        raw = open(f, "rb").read()
        doc = trafilatura.bare_extraction(raw, include_comments=False, with_metadata=True)
        if doc is None:
            res[f] = dict(body="", title=None, date=None, canonical=None, site=None)
            continue
        d = doc.as_dict() if hasattr(doc, "as_dict") else doc
        res[f] = dict(body=d.get("text") or "", title=d.get("title"), date=d.get("date"), canonical=d.get("url"), site=d.get("sitename"))
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parley", default=".build/debug/parley")
    ap.add_argument("--dir", default="Tests/Fixtures/html")
    ap.add_argument("--per-page", action="store_true")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "*.html")))
    gold = {}
    for f in files:
        base = f[:-5]
        gold[f] = dict(body=open(base + ".expected.txt", encoding="utf-8").read(), **json.load(open(base + ".meta.json", encoding="utf-8")))
    systems = {"Parley": run_parley(args.parley, files), "trafilatura": run_trafilatura(files)}
    totals = {}
    rows = []
    for name, res in systems.items():
        o = pd = gd = 0
        meta_hits = collections.Counter()
        for f in files:
            g = gold[f]
            r = res.get(f, {})
            ov, np_, ng, p, rc = prf(tokens(r.get("body")), tokens(g["body"]))
            o += ov; pd += np_; gd += ng
            rows.append((os.path.basename(f), name, p, rc, f1(p, rc)))
            for k in ("title", "date", "canonical", "site"):
                if (r.get(k) or None) == (g.get(k) or None):
                    meta_hits[k] += 1
        p, rc = o / max(pd, 1), o / max(gd, 1)
        totals[name] = (p, rc, f1(p, rc), meta_hits)
    n = len(files)
    print("| extractor | precision | recall | F1 | title | date | canonical | site |")
    print("|---|---|---|---|---|---|---|---|")
    for name, (p, r, f, m) in totals.items():
        print("| %s | %.3f | %.3f | **%.3f** | %d/%d | %d/%d | %d/%d | %d/%d |" % (name, p, r, f, m["title"], n, m["date"], n, m["canonical"], n, m["site"], n))
    if args.per_page:
        print()
        print("| page | Parley P / R / F1 | trafilatura P / R / F1 |")
        print("|---|---|---|")
        by = collections.defaultdict(dict)
        for page, name, p, r, f in rows:
            by[page][name] = "%.2f / %.2f / %.2f" % (p, r, f)
        for page in sorted(by):
            print("| %s | %s | %s |" % (page[:-5], by[page].get("Parley"), by[page].get("trafilatura")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
