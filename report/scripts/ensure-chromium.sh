#!/usr/bin/env bash
# Makes sure headless Chromium is there for the report's browser check (ReportInBrowserIT).
# Debian's chromium package is the browser the check is written for. When it is missing and this runs
# as root, it is installed with apt-get; otherwise the build stops with the command that installs it.
# Usage: ensure-chromium.sh [path of the chromium binary, default /usr/bin/chromium]
set -euo pipefail

chromium="${1:-/usr/bin/chromium}"
install_command="apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation"

if [[ -x "$chromium" ]]; then
    echo "[etcts] browser check uses $("$chromium" --version 2>/dev/null || echo "$chromium")"
    exit 0
fi

if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "[etcts] The report's browser check needs Debian's chromium at $chromium, and it is not installed." >&2
    echo "[etcts] Install it with:  sudo sh -c '$install_command'" >&2
    echo "[etcts] (or point the check at another Chromium with -Detcts.chromium=PATH)" >&2
    exit 1
fi

echo "[etcts] installing Debian's chromium for the report's browser check: $install_command"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
if [[ ! -x "$chromium" ]]; then
    echo "[etcts] apt-get installed chromium, but $chromium is still missing: pass -Detcts.chromium=PATH." >&2
    exit 1
fi
echo "[etcts] browser check uses $("$chromium" --version 2>/dev/null || echo "$chromium")"
