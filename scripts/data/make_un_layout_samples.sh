#!/bin/sh
# Makes tests/data/office/un/: the sample documents and the test documents laid out as the UN
# prints them (scripts/data/un_layout.py: masthead table, 6 pt between paragraphs, footnotes in
# 9 pt, job number and bar code at the foot of the first page, the symbol heading the others),
# as PDF and Word through LibreOffice. The reader tests check that they parse like the text.
# Run by hand after a build (the parser marks where provisions start); needs Debian's
# libreoffice-writer-nogui and fonts-liberation2. The files are committed: tests need neither.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/tests/data/office/un"
PARSER="$ROOT/build/rightstrack"
[ -x "$PARSER" ] || { echo "build first: $PARSER is missing" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/en" "$OUT/zh"
convert() {  # convert FILE TARGET OUTDIR
  soffice -env:UserInstallation=file://"$WORK/profile" --headless --convert-to "$2" --outdir "$3" "$1" >/dev/null 2>&1
}
# resolution_plain is hrc_resolution without its layout (no indents, no blank lines): the UN's
# layout is made from hrc_resolution.
for f in "$ROOT"/data/samples/*.txt "$ROOT"/tests/data/en/*.txt "$ROOT"/tests/data/zh/*.txt; do
  case $f in
    */resolution_plain.txt) continue ;;
    */tests/data/en/*) dir="$OUT/en" ;;
    */tests/data/zh/*) dir="$OUT/zh" ;;
    *) dir="$OUT" ;;
  esac
  b=$(basename "$f" .txt)
  tmp="$WORK/$(basename "$dir")"
  mkdir -p "$tmp/word"
  python3 "$ROOT/scripts/data/un_layout.py" "$f" "$tmp/$b.fodt" "$PARSER"
  convert "$tmp/$b.fodt" pdf "$dir"
  # Word: one page style throughout (LibreOffice writes a change of page style into Word as a
  # section break, which ends the paragraph that runs across it; the UN's Word files do not).
  sed 's/style:master-page-name="First"/style:master-page-name="Standard"/' "$tmp/$b.fodt" >"$tmp/word/$b.fodt"
  convert "$tmp/word/$b.fodt" docx:"MS Word 2007 XML" "$dir"
done
ls -l "$OUT" "$OUT/en" "$OUT/zh"
# Arabic, right to left (a resolution's opening lines): the reader must give the words in reading
# order (poppler's word list has each word's letters in drawing order).
cat >"$WORK/ar_resolution.fodt" <<'FODT'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="P" style:family="paragraph"><style:paragraph-properties
 style:writing-mode="rl-tb" fo:margin-bottom="6pt"/><style:text-properties style:font-name-complex="DejaVu Sans"
 style:font-size-complex="10pt"/></style:style></office:styles>
<office:body><office:text>
<text:p text:style-name="P">إن مجلس حقوق الإنسان،</text:p>
<text:p text:style-name="P">إذ يسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،</text:p>
<text:p text:style-name="P">يقرر أن يبقي المسألة قيد نظره في إطار البند نفسه من جدول الأعمال.</text:p>
</office:text></office:body></office:document>
FODT
convert "$WORK/ar_resolution.fodt" pdf "$OUT"
