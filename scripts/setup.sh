#!/usr/bin/env bash
# Installs the system packages plandash needs on Debian (as root, or with sudo), once.
set -euo pipefail
need=()
# ncurses-term ships xterm-direct/tmux-direct: with COLORTERM=truecolor and an ordinary
# TERM=xterm-256color, plandash then draws exact 24-bit colour (docs/terminal.md, Themes).
for pkg in libncursesw5-dev libsqlite3-dev tmux ncurses-term; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y "${need[@]}"
fi
