#!/usr/bin/env bash
# Renders the first page of the Word bulletin and the Excel workbook to PNG, to look at
# whenever their layout changes (docs/office-documents.md): the demo's progress for 合川区
# as of 2025, in Chinese (or the language given as $2), written by the built plandash,
# converted to PDF by LibreOffice (as Word and Excel users would print them) and the first
# page drawn by pdftoppm at 80 dpi.
#   scripts/render-office-pages.sh [OUTDIR] [zh|en]     (default OUTDIR: .build/office-pages)
# Needs: swift build; soffice (libreoffice-writer-nogui, libreoffice-calc-nogui),
# pdftoppm (poppler-utils) and a CJK font (fonts-noto-cjk) — scripts/setup.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/office-pages}
lang=${2:-zh}
plandash=${PLANDASH:-.build/debug/plandash}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (run scripts/setup.sh)" >&2; exit 1; }
done
[ -x "$plandash" ] || { echo "$0: $plandash is missing (run swift build)" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
store=$("$plandash" demo --store-path | tail -1)
for format in docx xlsx; do
  name="hechuan-$lang-$format"
  "$plandash" report --region 合川区 --as-of 2025 --lang "$lang" --store "$store" \
    --format "$format" --out "$out/$name.$format" --force 2>/dev/null
  if ! soffice --headless "-env:UserInstallation=file://$work/libreoffice" \
    --convert-to pdf --outdir "$out" "$out/$name.$format" >"$work/soffice.log" 2>&1; then
    cat "$work/soffice.log" >&2
    exit 1
  fi
  rm -f "$out/$name"-*.png
  pdftoppm -png -r 80 -f 1 -l 1 "$out/$name.pdf" "$out/$name"
  ls "$out/$name"-*.png
done
