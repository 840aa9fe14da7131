#!/usr/bin/env python3
"""Checks one DOCX against its Markdown twin with python-docx: the paragraphs in Heading
styles are the Markdown's headings in order and at their level, every table's first row is
marked to repeat as a header row, and the text (body, tables, running header) contains the
company name and every heading.

    python3 .ci/docx-check.py DOC.docx DOC.md COMPANY

Prints one line per problem; exit status 1 if any.
"""
import re
import sys

import docx
from docx.oxml.ns import qn


def squash(s):
    return " ".join(s.replace("\u00a0", " ").split())


def inline_text(md):
    """The text of a Markdown heading line as it reads (links, emphasis, code and escapes)."""
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", md)
    s = re.sub(r"<((?:https?://|mailto:)[^>]+|[^@\s>]+@[^>\s]+)>", r"\1", s)
    s = re.sub(r"(\*\*|__|\*|`)", "", s)
    s = re.sub(r"\\(.)", r"\1", s)
    return squash(s)


def markdown_headings(path):
    out, fence = [], None
    for line in open(path, encoding="utf-8"):
        stripped = line.strip()
        m = re.match(r"^(`{3,}|~{3,})", stripped)
        if m:
            if fence is None:
                fence = m.group(1)[0]
            elif stripped.startswith(fence * 3):
                fence = None
            continue
        if fence is not None:
            continue
        m = re.match(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", line.rstrip("\n"))
        if m:
            out.append((len(m.group(1)), inline_text(m.group(2))))
    return out


def main(path, md, company):
    problems = []
    d = docx.Document(path)
    got = []
    for p in d.paragraphs:
        m = re.fullmatch(r"Heading ([1-6])", p.style.name or "")
        if m:
            got.append((int(m.group(1)), squash(p.text)))
    want = markdown_headings(md)
    if got != want:
        for i, (g, w) in enumerate(zip(got + [None] * len(want), want + [None] * len(got))):
            if g != w:
                problems.append(f"heading {i + 1}: DOCX {g!r}, Markdown {w!r}")
                break
    texts = [p.text for p in d.paragraphs]
    for n, table in enumerate(d.tables, 1):
        first = table.rows[0]._tr if table.rows else None
        trpr = first.trPr if first is not None else None
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            problems.append(f"table {n}: header row not marked to repeat")
        for row in table.rows:
            for cell in row.cells:
                texts.append(cell.text)
    for section in d.sections:
        texts.extend(p.text for p in section.header.paragraphs)
    text = squash(" ".join(texts))
    if company not in text:
        problems.append(f"company name {company!r} not in the text")
    for _, h in want:
        if h not in text:
            problems.append(f"heading {h!r} not in the text")
    props = d.core_properties
    if props.author != company:
        problems.append(f"author is {props.author!r}")
    if props.language != "de-DE":
        problems.append(f"language is {props.language!r}")
    if not props.title:
        problems.append("no title")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
