#!/usr/bin/env python3
"""Writes tests/data/office/word_styles_notes.docx by hand (no word processor makes these cases
on purpose): paragraph spacing from styles (a style based on a missing one, a style based on
itself), a numbered paragraph whose list has no numId, a footnote with its own mark ("*"), a
numbered footnote whose id is not its number, and an endnote.
Usage: make_word_cases.py OUT.docx"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOC = f'''<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="Body"/><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>A numbered paragraph whose list has no numId.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Tight"/></w:pPr><w:r><w:t>Human Rights Council</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Tight"/></w:pPr><w:r><w:t>Fifty-fifth session</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>Resolution adopted by the Human Rights Council</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="7"/><w:t>*</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>Recalling its resolution 21/21,</w:t></w:r><w:r><w:footnoteReference w:id="9"/></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t>Decides to remain seized of the matter.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
</w:body></w:document>'''
STYLES = f'''<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>
<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Body"><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Tight"><w:basedOn w:val="Missing"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
</w:styles>'''
FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}>
<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t>Reissued for technical reasons.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="9"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/HRC/RES/21/21.</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''
ENDNOTES = f'''<?xml version="1.0" encoding="UTF-8"?><w:endnotes {W}>
<w:endnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/HRC/55/2, chap. I.</w:t></w:r></w:p></w:endnote>
</w:endnotes>'''

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", DOC)
    z.writestr("word/styles.xml", STYLES)
    z.writestr("word/footnotes.xml", FOOTNOTES)
    z.writestr("word/endnotes.xml", ENDNOTES)
