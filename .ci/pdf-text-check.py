#!/usr/bin/env python3
"""Checks one PDF against its Markdown twin: the structure tree holds every Markdown heading
in order and at its level, and the text layer has no word broken across lines without a
hyphen and no inserted hyphen stored as U+002D.

    python3 .ci/pdf-text-check.py DOC.pdf DOC.md

Needs qpdf and pdftotext (poppler). Prints one line per problem; exit status 1 if any.
"""
import json
import re
import subprocess
import sys


def squash(s):
    s = s.replace("\u00a0", " ").replace("\u2011", "-").replace("\\", "")
    return " ".join(s.split())


def struct_headings(pdf):
    """(level, title) of every H1..H6 element, in the structure tree's reading order."""
    out = subprocess.run(["qpdf", "--json", "--json-key=qpdf", pdf], capture_output=True, text=True, check=True).stdout
    objs = json.loads(out)["qpdf"][1]
    value = lambda ref: objs.get("obj:" + ref, {}).get("value")
    root = next((v["value"] for v in objs.values() if isinstance(v.get("value"), dict) and v["value"].get("/Type") == "/StructTreeRoot"), None)
    found = []
    if root is None:
        return found

    def walk(node):
        if isinstance(node, list):
            for k in node:
                walk(k)
        elif isinstance(node, str) and node.endswith(" R"):
            elem = value(node)
            if isinstance(elem, dict):
                m = re.fullmatch(r"/H([1-6])", str(elem.get("/S", "")))
                if m:
                    found.append((int(m.group(1)), squash(str(elem.get("/T", "")).removeprefix("u:"))))
                walk(elem.get("/K", []))
        elif isinstance(node, dict):
            walk(node.get("/K", []))

    walk(root.get("/K", []))
    return found


def md_headings(md):
    out = []
    for line in md.splitlines():
        m = re.match(r"^(#{1,6}) (.*)$", line)
        if m:
            out.append((len(m.group(1)), squash(m.group(2))))
    return out


def pdf_lines(pdf, *mode):
    out = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return [l.replace("\u00a0", " ").split() for l in out.splitlines()]


def text_problems(pdf, md):
    flat = squash(md.replace("\n", " "))
    problems = []
    # -layout keeps line-final hyphens as they are stored (the default mode joins them).
    lines = pdf_lines(pdf, "-layout")
    for prev, nxt in zip(lines, lines[1:]):
        if prev and nxt and prev[-1].endswith("-") and prev[-1][-2:-1].isalpha() and nxt[0][:1].islower():
            last, first = prev[-1], nxt[0]
            # A line-final U+002D is fine if the Markdown has the hyphen; an inserted one is not.
            if (last[:-1] + first) in flat and (last + first) not in flat:
                problems.append(f"inserted hyphen stored as U+002D: {last}|{first}")
    lines = pdf_lines(pdf)
    for prev, nxt in zip(lines, lines[1:]):
        if prev and nxt and prev[-1][-1:].isalpha() and nxt[0][:1].isalpha():
            last, first = prev[-1], nxt[0]
            joined = last + first
            if re.search(r"\b" + re.escape(joined) + r"\b", flat) and (last + " " + first) not in flat:
                problems.append(f"word broken without a hyphen: {last}|{first}")
    return problems


def main():
    pdf, md_path = sys.argv[1], sys.argv[2]
    md = open(md_path, encoding="utf-8").read()
    problems = text_problems(pdf, md)
    tagged = iter(struct_headings(pdf))
    for want in md_headings(md):
        if not any(t == want for t in tagged):
            problems.append(f"heading {want} missing from the structure tree or out of order")
            break
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
