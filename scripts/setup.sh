#!/usr/bin/env bash
# Installs the system packages plandash needs on Debian (as root, or with sudo), once.
#   scripts/setup.sh          what building and running plandash needs
#   scripts/setup.sh --tests  and what the test suite needs besides (scripts/test.sh)
set -euo pipefail
# ncurses-term ships xterm-direct/tmux-direct: with COLORTERM=truecolor and an ordinary
# TERM=xterm-256color, plandash then draws exact 24-bit colour (docs/terminal.md, Themes).
# libxlsxwriter-dev: `report --format xlsx` (docs/office-documents.md). fonts-noto-cjk: a
# Chinese font, so that the Word and Excel reports show Chinese where the 公文 fonts are
# not installed (LibreOffice falls back to it). libxml2-dev: `plandash import` reads web
# pages with libxml2's HTML parser (docs/import.md).
packages=(libncursesw5-dev libsqlite3-dev tmux ncurses-term libxlsxwriter-dev fonts-noto-cjk
  libxml2-dev)
if [ "${1:-}" = "--tests" ]; then
  # The office-document tests open the reports as people do: LibreOffice converts them to
  # PDF and pdftotext reads the text back. The import tests read .doc/.wps through
  # LibreOffice and .pdf through pdftotext, as `plandash import` does.
  packages+=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)
fi
need=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y "${need[@]}"
fi
