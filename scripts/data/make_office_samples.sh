#!/bin/sh
# Makes the PDF and Word versions of the sample documents that the reader tests compare with the
# text versions (tests/data/office/). Run by hand when the samples change; needs Debian's
# libreoffice-writer-nogui. The files are committed, so tests need no LibreOffice.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/tests/data/office"
mkdir -p "$OUT"
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$OUT/en"
for f in "$ROOT"/data/samples/*.txt "$ROOT"/tests/data/track/lux_cped_ratified.txt "$ROOT"/tests/data/en/*.txt; do
  case $f in */tests/data/en/*) dir="$OUT/en" ;; *) dir="$OUT" ;; esac
  for target in pdf docx:"MS Word 2007 XML"; do
    soffice -env:UserInstallation=file://"$PROFILE" --headless --infilter="Text (encoded):UTF8,LF,,," \
      --convert-to "$target" --outdir "$dir" "$f" >/dev/null 2>&1
  done
done
ls -l "$OUT"

# Bad input for the readers: an encrypted PDF (qpdf), an image-only PDF (a PNG page through
# LibreOffice), a truncated PDF, a zip without word/document.xml.
qpdf --encrypt user-pw owner-pw 256 -- "$OUT/003_694d42ce343c5208.pdf" "$OUT/bad_encrypted.pdf"
python3 - "$OUT/bad_image_only.pdf" <<'PY'
# A one-page PDF whose only content is a small grey image: no text layer at all.
import sys, zlib
pixels = zlib.compress(bytes([128]) * (64 * 64))
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
        None]
draw = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
objs[4] = b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"
out, offsets = bytearray(b"%PDF-1.4\n"), []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
head -c 20000 "$OUT/003_694d42ce343c5208.pdf" >"$OUT/bad_truncated.pdf"
(cd "$PROFILE" && mkdir -p z && echo "not word" >z/readme.txt && cd z && python3 -c "
import zipfile; z = zipfile.ZipFile('../notword.docx', 'w'); z.write('readme.txt'); z.close()")
cp "$PROFILE/notword.docx" "$OUT/bad_not_word.docx"
ls -l "$OUT"/bad_*
# A .docx whose document.xml expands to 2 MB (tests read it with a 1 MB limit: a zip bomb in small).
python3 - "$OUT/bad_bomb.docx" <<'PY'
import sys, zipfile
body = "<w:p><w:r><w:t>" + "x" * 1000 + "</w:t></w:r></w:p>"
xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body * 2000 + "</w:body></w:document>"
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", xml)
PY
# A two-column page (as candidacy brochures are laid out): numbered English paragraphs that flow
# down the left column and on into the right one.
python3 - "$PROFILE/two_columns.fodt" <<'PY'
import sys
paras = "".join(
    f"<text:p>{i}. Paragraph {i} of the pledge: the State will continue to support the work of the "
    f"Human Rights Council and of the treaty bodies, and will report on its progress each year.</text:p>"
    for i in range(1, 15))
doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm">
  <style:columns fo:column-count="2" fo:column-gap="1cm"/></style:page-layout-properties></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>{paras}</office:text></office:body></office:document>"""
open(sys.argv[1], "w").write(doc)
PY
soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$PROFILE/two_columns.fodt" \
  >/dev/null 2>&1
# A page with footnotes in smaller type under the printed rule, as UN documents have them.
python3 - "$PROFILE/footnotes.fodt" <<'PY'
import sys
note = lambda n, text: (f'<text:note text:id="n{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                        f'<text:note-body><text:p text:style-name="Footnote">{text}</text:p></text:note-body></text:note>')
paras = "".join(
    f"<text:p>{i}. Requests the Office of the High Commissioner to report on the matter at its next session"
    + (note(i // 2, f"See A/HRC/{20 + i}/{i}.") if i % 2 == 0 else "") + ";</text:p>" for i in range(1, 7))
doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style></office:styles>
<office:body><office:text>{paras}</office:text></office:body></office:document>"""
open(sys.argv[1], "w").write(doc)
PY
soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$PROFILE/footnotes.fodt" \
  >/dev/null 2>&1
# Word cases written by hand: spacing from styles, broken references, footnote marks, an endnote.
python3 "$ROOT/scripts/data/make_word_cases.py" "$OUT/word_styles_notes.docx"
