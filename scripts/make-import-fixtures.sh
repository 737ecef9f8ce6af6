#!/usr/bin/env bash
# Regenerates the input fixtures of `plandash import` (Tests/Fixtures/import) from the
# seed texts (../shared/seeds, see its README) and the hand-written sources in
# Tests/Fixtures/import/source. Needs LibreOffice (soffice), iconv and zip:
#   scripts/setup.sh --tests && apt-get install zip
# Run from anywhere; it rewrites the fixtures in place. LibreOffice stamps dates into the
# files it writes, so a rerun changes their bytes but not their text.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${SEEDS:-$root/../shared/seeds}"
out="$root/Tests/Fixtures/import"
source="$out/source"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"

office() { # office FORMAT OUTDIR FILE [FILTER-IN]
  local in_filter=()
  [ -n "${4:-}" ] && in_filter=(--infilter="$4")
  soffice --headless --norestore "-env:UserInstallation=$profile" "${in_filter[@]}" \
    --convert-to "$1" --outdir "$2" "$3" >/dev/null 2>&1
}

zip_docx() { # zip_docx SOURCE-FOLDER OUTPUT
  (cd "$1" && rm -f "$2" && zip -X -q -r "$2" '[Content_Types].xml' _rels word)
}

mkdir -p "$out/bad"

# 1. The seeds as Word files (.docx) — every seed; seed 001 also as .doc, .wps, .pdf, .html.
text_filter="Text (encoded):UTF8,LF,,,"
for seed in "$seeds"/00[0-4]_*.txt; do
  name="seed-$(basename "$seed" | cut -c1-3)"
  cp "$seed" "$work/$name.txt"
  office docx "$work" "$work/$name.txt" "$text_filter"
  cp "$work/$name.docx" "$out/$name.docx"
done
office doc "$work" "$work/seed-001.docx"
cp "$work/seed-001.doc" "$out/seed-001.doc"
# WPS Office's .wps is the Word 97 binary format under another name; LibreOffice writes no
# .wps, so the fixture is the .doc renamed, read through the same filter.
cp "$work/seed-001.doc" "$out/seed-001.wps"
office pdf "$work" "$work/seed-001.docx"
cp "$work/seed-001.pdf" "$out/seed-001.pdf"
office "html:HTML (StarWriter)" "$work" "$work/seed-001.docx"
cp "$work/seed-001.html" "$out/seed-001.html"

# 2. The GB18030 text: seed 001's first six lines, with CRLF line ends.
head -6 "$seeds/001_6479202b148445dd.txt" | sed 's/$/\r/' | iconv -f UTF-8 -t GB18030 \
  >"$out/gb18030-excerpt.txt"

# 3. The portal page, saved in GBK as its <meta> says.
iconv -f UTF-8 -t GBK "$source/portal.html" >"$out/portal-gbk.html"

# 4. The hand-made Word file with a 任务分工表 (merged cells across and down), and
#    LibreOffice's .doc and .pdf of it.
zip_docx "$source/task-table" "$out/task-table.docx"
office doc "$work" "$out/task-table.docx"
cp "$work/task-table.doc" "$out/task-table.doc"
office pdf "$work" "$out/task-table.docx"
cp "$work/task-table.pdf" "$out/task-table.pdf"

# 5. Bad inputs.
: >"$out/bad/empty.txt"
# Binary garbage: the same 3000 bytes every time (a fixed linear congruential sequence).
awk 'BEGIN { x = 12345; for (i = 0; i < 3000; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%c", int(x / 65536) % 256 } }' \
  LC_ALL=C >"$out/bad/garbage.txt"
cp "$out/bad/garbage.txt" "$out/bad/garbage.pdf"
size=$(stat -c %s "$out/seed-001.docx")
head -c $((size / 2)) "$out/seed-001.docx" >"$out/bad/truncated.docx"
size=$(stat -c %s "$out/seed-001.pdf")
head -c 8000 "$out/seed-001.pdf" >"$out/bad/truncated.pdf"
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 2000 "$out/bad/garbage.txt"; } >"$out/bad/corrupt.doc"
office 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  "$work/encrypted" "$out/task-table.docx"
cp "$work/encrypted/task-table.pdf" "$out/bad/encrypted.pdf"
zip_docx "$source/no-text" "$work/scanned.docx"
office pdf "$work" "$work/scanned.docx"
cp "$work/scanned.pdf" "$out/bad/scanned.pdf"

du -sh "$out"
