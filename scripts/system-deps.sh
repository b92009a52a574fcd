#!/usr/bin/env bash
# Debian packages the project needs; installs only the missing ones (needs root or sudo).
#   gettext: makemessages / compilemessages
#   pango, harfbuzz, fontconfig, DejaVu: WeasyPrint (printable PDFs)
#   chromium: browser tests (Playwright drives Debian's chromium; never `playwright install`)
#   default-jre-headless: the Nu HTML checker (vnu.jar, from npm) in the quality tests
set -euo pipefail
packages=(gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 fonts-dejavu-core "$@")
missing=()
# npm (axe-core for the accessibility tests): Debian's package only where no npm is on the PATH.
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Java (the Nu HTML checker): Debian's default runtime only where no java is on the PATH.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
