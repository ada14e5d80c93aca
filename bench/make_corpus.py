#!/usr/bin/env python3
"""Builds the benchmark corpus from ../shared/corpus (read, never copied into the repo).

Writes to the folder given (default /tmp/sg-bench):
  reuters21578.jsonl  - every Reuters-21578 story with a body: id, title, date, text
                        (with --only-reuters, nothing else)
  politics2017.csv    - the Reuters 2017 politics CSV, as it is
  reuters21578x5.jsonl - reuters21578.jsonl five times (ids made unique): -j scaling with the
                         rule loading (a fixed 0.07 s) a small share of the run
  files/              - 100,000 stories, one .txt file each (100 folders of 1,000), and
  files.jsonl         - the same 100,000 texts as one JSONL: the difference is the cost of files
  big.jsonl           - reuters21578.jsonl repeated up to --big-mb megabytes (ids made unique)
"""
import argparse
import html
import json
import os
import re
import shutil
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def stories(sgm_dir):
    for name in sorted(os.listdir(sgm_dir)):
        if not name.endswith(".sgm"):
            continue
        with open(os.path.join(sgm_dir, name), encoding="latin-1") as f:
            data = f.read()
        for block in re.findall(r"<REUTERS(.*?)</REUTERS>", data, re.S):
            newid = re.search(r'NEWID="(\d+)"', block)
            body = re.search(r"<BODY>(.*?)</BODY>", block, re.S)
            if not newid or not body:
                continue
            title = re.search(r"<TITLE>(.*?)</TITLE>", block, re.S)
            date = re.search(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})", block)
            iso = ""
            if date and date.group(2) in MONTHS:
                iso = "%s-%02d-%02d" % (date.group(3), MONTHS[date.group(2)], int(date.group(1)))
            yield {"id": "%s#%s" % (name, newid.group(1)),
                   "title": html.unescape(title.group(1)) if title else "",
                   "date": iso,
                   "text": html.unescape(body.group(1)).replace("\x03", "")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/sg-bench")
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    parser.add_argument("--big-mb", type=int, default=0)
    parser.add_argument("--only-reuters", action="store_true",
                        help="write reuters21578.jsonl only (scripts/judged_events.sh)")
    args = parser.parse_args()
    sgm_dir = os.path.join(args.corpus, "reuters21578")
    if not os.path.isdir(sgm_dir):
        sys.exit("make_corpus: %s is absent: nothing to benchmark on" % sgm_dir)
    os.makedirs(args.out, exist_ok=True)
    small = os.path.join(args.out, "reuters21578.jsonl")
    with open(small, "w", encoding="utf-8") as out:
        for story in stories(sgm_dir):
            out.write(json.dumps(story, ensure_ascii=False) + "\n")
    if args.only_reuters:
        return
    shutil.copy(os.path.join(args.corpus, "reuters-politics-2017", "reuters_politics_2017.csv"),
                os.path.join(args.out, "politics2017.csv"))
    lines = open(small, encoding="utf-8").read().splitlines()
    with open(os.path.join(args.out, "reuters21578x5.jsonl"), "w", encoding="utf-8") as out:
        for copy in range(5):
            for line in lines:
                story = json.loads(line)
                story["id"] = "%s/%d" % (story["id"], copy)
                out.write(json.dumps(story, ensure_ascii=False) + "\n")
    files = os.path.join(args.out, "files")
    if not os.path.isdir(files):  # 100,000 files take a while: made once
        tmp = files + ".partial"
        shutil.rmtree(tmp, ignore_errors=True)
        with open(os.path.join(args.out, "files.jsonl"), "w", encoding="utf-8") as out:
            for n in range(100000):
                text = json.loads(lines[n % len(lines)])["text"]
                folder = os.path.join(tmp, "%03d" % (n // 1000))
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, "%06d.txt" % n), "w", encoding="utf-8") as f:
                    f.write(text)
                out.write(json.dumps({"id": "%03d/%06d.txt" % (n // 1000, n), "text": text},
                                     ensure_ascii=False) + "\n")
        os.rename(tmp, files)
    if args.big_mb:
        lines = open(small, encoding="utf-8").read().splitlines()
        target = args.big_mb << 20
        written, copy = 0, 0
        with open(os.path.join(args.out, "big.jsonl"), "w", encoding="utf-8") as out:
            while written < target:
                for line in lines:
                    story = json.loads(line)
                    story["id"] = "%s/%d" % (story["id"], copy)
                    text = json.dumps(story, ensure_ascii=False) + "\n"
                    out.write(text)
                    written += len(text.encode("utf-8"))
                    if written >= target:
                        break
                copy += 1


if __name__ == "__main__":
    main()
