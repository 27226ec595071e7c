#!/usr/bin/env python3
"""Builds tests/data/search/judgements.tsv: for each query, the sample provisions a reader would
want back. Relevance is decided here independently of rightstrack's index: a provision is
relevant when its text contains one of the surface forms listed for the query (Chinese and
English forms written by hand from reading the samples), and it passes the query's filters
(kind, author). The parse output is only used to cut the documents into provisions.

Run: python3 tests/data/search/make_judgements.py build/rightstrack > tests/data/search/judgements.tsv
"""
import json, subprocess, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data/samples").glob("*.txt"))

# query -> (surface forms, required kind or None, required author or None)
JUDGED = [
    ("儿童", ["儿童"], None, None),
    ("人权维护者", ["人权维护者"], None, None),
    ("普遍定期审议", ["普遍定期审议"], None, None),
    ("妇女", ["妇女"], None, None),
    ("性别平等", ["性别平等"], None, None),
    ("酷刑", ["酷刑"], None, None),
    ("强迫失踪", ["强迫失踪"], None, None),
    ("气候", ["气候"], None, None),
    ("教育", ["教育"], None, None),
    ("难民", ["难民"], None, None),
    ("残疾", ["残疾"], None, None),
    ("民间社会", ["民间社会"], None, None),
    ("特别程序", ["特别程序"], None, None),
    ("死刑", ["死刑"], None, None),
    ("可持续发展", ["可持续发展"], None, None),
    ("媒体自由", ["媒体自由"], None, None),
    ("技术合作", ["技术合作"], None, None),
    ("人权高专办", ["人权高专办", "人权事务高级专员办事处", "高级专员办事处"], None, None),
    ("children", ["儿童"], None, None),
    ("human rights defenders", ["人权维护者"], None, None),
    ("universal periodic review", ["普遍定期审议"], None, None),
    ("torture", ["酷刑"], None, None),
    ("enforced disappearance", ["强迫失踪"], None, None),
    ("women", ["妇女"], None, None),
    ("civil society", ["民间社会"], None, None),
    ("death penalty", ["死刑"], None, None),
    ("refugees", ["难民"], None, None),
    ("special procedures", ["特别程序"], None, None),
    ("儿童 kind:pledge", ["儿童"], "pledge", None),
    ("人权维护者 state:LUX", ["人权维护者"], None, "LUX"),
    ("妇女 state:BEL", ["妇女"], None, "BEL"),
    ("kind:pledge 酷刑", ["酷刑"], "pledge", None),
]


def provisions(binary):
    for path in SAMPLES:
        out = subprocess.run([binary, "parse", "--format", "json", str(path)], capture_output=True, check=True)
        doc = json.loads(out.stdout)
        author = doc["document"].get("author") or ""
        for p in doc["provisions"]:
            yield path.name, author, p


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build/rightstrack")
    provs = list(provisions(binary))
    print("# query\trelevant provisions (file:provision), made by make_judgements.py")
    for query, forms, kind, author in JUDGED:
        rel = [f"{name}:{p['id']}" for name, a, p in provs
               if any(f in p["text"] for f in forms) and (kind is None or p["kind"] == kind)
               and (author is None or a == author)]
        if not rel:
            sys.exit(f"no relevant provision for {query!r}: fix the judgement")
        print(f"{query}\t{' '.join(rel)}")


if __name__ == "__main__":
    main()
