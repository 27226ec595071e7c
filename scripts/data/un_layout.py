#!/usr/bin/env python3
"""Lays a UN document given as text out the way the UN prints it, as an OpenDocument file that
LibreOffice turns into PDF and Word: the masthead as a table (United Nations / General Assembly
on the left, symbol, distribution, date and original language on the right), body text in 10 pt
serif on a 12 pt line with 6 pt after each paragraph (the UN's SingleTxt style: paragraphs are
told apart by that space and by first-line indents, not by blank lines), footnotes in 9 pt under
the page's rule, the job number, bar code and "Please recycle" at the foot of the first page, the
symbol at the head and the page number at the foot of the others.

Used by make_office_samples.sh to make tests/data/office/un/: the reader tests check that these
parse into the same provisions as the text versions.
Usage: un_layout.py TEXT_FILE OUT.fodt [RIGHTSTRACK]
With the rightstrack binary given, the lines where its parser starts a provision start a paragraph
(the text versions' hard-wrapped lines do not always show where a paragraph ends); the test is then
whether the parser finds those paragraphs again in the printed layout.
"""
import re
import sys
from xml.sax.saxutils import escape

MASTHEAD = re.compile(r"United Nations|General Assembly|Distr\.|Original:|联 *合 *国|^大 *会$|Chinese|English$")
SYMBOL = re.compile(r"^[A-Z]{1,4}(/[A-Z0-9.()\-]+){1,6}$")
JOB = re.compile(r"^GE\.\d\d-\d{4,6}")
LABEL = re.compile(r"^(\d+(\.\d+)*\.?|\([a-z]+\)|[ivx]+\.|[IVX]+\.)(\s{2,}|\s*$)")


class Line(str):
    """A line of the text version with its number (from 1)."""
    n = 0


def numbered(lines, first=1):
    out = []
    for i, text in enumerate(lines):
        line = Line(text)
        line.n = first + i
        out.append(line)
    return out


STARTS = set()  # lines where the parser starts a provision (--parser), each a paragraph of its own


def cells(line):
    return [c for c in re.split(r"\s{4,}", line.strip()) if c]


def split_masthead(lines):
    """The first lines that belong to the masthead, as (left cells, right cells), and the rest."""
    left, right, i = [], [], 0
    while i < len(lines) and i < 12:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        parts = cells(line)
        if not (MASTHEAD.search(line) or SYMBOL.match(parts[0]) or (right and re.match(r"^\d{1,2} \w+ \d{4}$", line.strip()))):
            break
        for p in parts:
            (right if (SYMBOL.match(p) or line.startswith(" ") or re.search(r"Distr|Original|^\d|Chinese", p)) else left).append(p)
        i += 1
    return left, right, lines[i:]


def blocks_of(lines):
    block = []
    for line in lines + [""]:
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []


def is_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def paragraphs(block):
    """The paragraphs of a block of hard-wrapped lines: a line well short of the block's widest one
    ends its paragraph; a line opening with a label or an indent starts one."""
    merged = []  # a label alone on its line ("1.") goes with the text after it, as printed
    for line in block:
        if merged and LABEL.match(merged[-1].strip()) and not LABEL.match(merged[-1].strip()).group(3).strip() \
                and merged[-1].strip() == LABEL.match(merged[-1].strip()).group(1):
            n = merged[-1].n
            merged[-1] = Line(merged[-1].rstrip() + "     " + line.strip())
            merged[-1].n = n
        else:
            merged.append(line)
    block = merged
    widest = max(len(l.strip()) for l in block)
    if widest < (30 if is_cjk("".join(block)) else 60):  # no line is full: nothing was wrapped
        return [[l] for l in block]
    out, cur = [], []
    for line in block:
        indent = len(line) - len(line.lstrip())
        prev_indent = len(cur[-1]) - len(cur[-1].lstrip()) if cur else 0
        bullet = line.strip()[:1] in "•-–"
        if re.match(r"^\s*https?://", line):  # a link printed as a line of its own
            if cur:
                out.append(cur)
            out.append([line])
            cur = []
            continue
        starts = (indent > 0 and prev_indent == 0) or LABEL.match(line.strip()) or bullet or line.startswith("[") \
            or getattr(line, "n", 0) in STARTS
        if cur and re.search(r"[:;.]$", cur[-1].strip()) and len(cur[-1].strip()) < 0.95 * widest:
            out.append(cur)
            cur = []
        if cur and starts:
            out.append(cur)
            cur = []
        cur.append(line)
        if len(line.strip()) < 0.8 * widest or len(block) == 1:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def join(lines):
    text = lines[0].strip()
    for l in lines[1:]:
        l = l.strip()
        text += l if is_cjk(text[-1:]) and is_cjk(l[:1]) else " " + l
    return text


def note_xml(n, label, text):
    return (f'<text:note text:id="n{n}" text:note-class="footnote"><text:note-citation text:label="{escape(label)}">'
            f'{escape(label)}</text:note-citation><text:note-body><text:p text:style-name="Note">{escape(text)}'
            f"</text:p></text:note-body></text:note>")


def body_xml(lines, symbol):
    """Paragraph XML for the body, with its footnotes placed at their first marker."""
    notes, body, job = [], [], None
    it = iter(blocks_of(lines))
    for block in it:
        if re.match(r"^_{5,}$", block[0].strip()):
            for line in block[1:]:
                m = re.match(r"^\s*(\*+|\d+)\s*(.*)$", line)
                if m and (not notes or line.strip()[:1] in "*0123456789"):
                    notes.append([m.group(1), m.group(2)])
                elif notes:
                    notes[-1][1] += ("" if is_cjk(line) else " ") + line.strip()
            continue
        kept = [l for l in block if not (JOB.match(l.strip()) or l.strip() == symbol or re.match(r"^\d{1,3}$", l.strip()))]
        for l in block:
            if JOB.match(l.strip()):
                job = l.strip().split()[0]
        if kept:
            body.append(kept)
    out, placed = [], set()
    for block in body:
        paras = paragraphs(block)
        for k, para in enumerate(paras):
            first = para[0]
            indent = len(first) - len(first.lstrip())
            text = join(para)
            style = "Right" if indent > 30 else "Indented" if indent > 0 else "Body"
            last = k == len(paras) - 1
            if not last and len(paras) > 1 and style in ("Body", "Indented") and len(para) == 1 and len(block) == len(paras):
                # Lines of a heading block ("Human Rights Council / Twenty-first session") or of a
                # brochure's narrow column: no space between them.
                style = "Line" if style == "Body" else "IndentedLine"
            x = escape(text)
            m = LABEL.match(text)
            if m:
                x = escape(m.group(1)) + "<text:tab/>" + escape(text[m.end():])
            for n, (label, note) in enumerate(notes):
                if n in placed:
                    continue
                if label == "*":
                    at = x.find(label, 1)
                else:  # a number set against the word before it: "inequalities,1"
                    m = re.search(r"(?<=[A-Za-z,.;)\u4e00-\u9fff])" + label + r"(?=\s|$)", x)
                    at = m.start() if m else -1
                if at > 0 and x[at - 1] not in " *":
                    x = x[:at] + note_xml(n, label, note) + x[at + len(label):]
                    placed.add(n)
            out.append(f'<text:p text:style-name="{style}">{x}</text:p>')
    for n, (label, note) in enumerate(notes):  # numbered notes or markers not found: after the first paragraph
        if n not in placed and len(out) > 1:
            out[1] = out[1].replace("</text:p>", note_xml(n, label, note) + "</text:p>")
    return "\n".join(out), job


def masthead_xml(left, right):
    def cell(lines, style):
        ps = "".join(f'<text:p text:style-name="{style}">{escape(l)}</text:p>' for l in lines) or "<text:p/>"
        return f'<table:table-cell office:value-type="string">{ps}</table:table-cell>'
    return ('<table:table table:name="Masthead" table:style-name="Masthead"><table:table-column table:number-columns-repeated="2"/>'
            f'<table:table-row>{cell(left[:1], "Mast1")}{cell(right[:1], "MastSymbol")}</table:table-row>'
            f'<table:table-row>{cell(left[1:], "Mast2")}{cell(right[1:], "MastSmall")}</table:table-row></table:table>')


def main(src, dst, parser=None):
    lines = numbered(open(src, encoding="utf-8").read().split("\n"))
    if parser:
        import json, subprocess
        out = subprocess.run([parser, "parse", "--format", "json", src], capture_output=True, text=True, check=True).stdout
        STARTS.update(p["line"] for p in json.loads(out)["provisions"] if p.get("line"))
    left, right, rest = split_masthead(lines)
    symbol = next((c for c in right if SYMBOL.match(c)), "")
    body, job = body_xml(rest, symbol)
    job = job or "GE.20-00000"
    digits = re.sub(r"\D", "", job)
    serif = "WenQuanYi Micro Hei" if is_cjk("".join(lines)) else "Liberation Serif"
    text_props = f'style:font-name="{serif}" fo:font-family="{serif}" style:font-family-asian="WenQuanYi Micro Hei"'
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties {text_props} fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties style:punctuation-wrap="simple" fo:line-height="12pt" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-bottom="6pt" fo:text-align="justify"/></style:style>
 <style:style style:name="Indented" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="2cm" fo:margin-right="2cm" fo:text-indent="1cm">
  <style:tab-stops><style:tab-stop style:position="2.2cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="IndentedLine" style:family="paragraph" style:parent-style-name="Indented"><style:paragraph-properties fo:margin-left="2cm" fo:margin-right="2cm" fo:text-indent="1cm" fo:margin-bottom="0pt"/></style:style>
 <style:style style:name="Line" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="2cm" fo:margin-bottom="0pt" fo:text-align="start"/></style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-bottom="0pt" fo:text-align="end"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:line-height="11pt" fo:margin-left="2cm" fo:margin-right="2cm"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Mast1" style:family="paragraph"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Mast2" style:family="paragraph"><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="MastSymbol" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="MastSmall" style:family="paragraph"><style:paragraph-properties fo:margin-left="2cm"/></style:style>
 <style:style style:name="Furniture" style:family="paragraph"><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
 <style:style style:name="FurnitureRight" style:family="paragraph" style:parent-style-name="Furniture"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Masthead" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="Furniture">{escape(job)}</text:p>
   <text:p text:style-name="FurnitureRight">*{digits}*</text:p><text:p text:style-name="Furniture">Please recycle</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="FurnitureRight">{escape(symbol)}</text:p></style:header>
  <style:header-left><text:p text:style-name="Furniture">{escape(symbol)}</text:p></style:header-left>
  <style:footer><text:p text:style-name="FurnitureRight"><text:page-number text:select-page="current"/></text:p></style:footer>
  <style:footer-left><text:p text:style-name="Furniture"><text:page-number text:select-page="current"/></text:p></style:footer-left>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="FirstPage"/>
{masthead_xml(left, right)}
{body}
</office:text></office:body></office:document>"""
    # The first page takes the "First" master through an automatic paragraph style.
    doc = doc.replace('<office:automatic-styles>', '<office:automatic-styles>\n <style:style style:name="FirstPage" '
                      'style:family="paragraph" style:master-page-name="First"><style:paragraph-properties '
                      'fo:line-height="1pt"/></style:style>', 1)
    open(dst, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
