#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive. Order: CHROMIUM_PATH, the system package,
# Playwright's own download, then Debian's `chromium` package through apt-get (needs root).
set -u

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "Using Chromium at $candidate"
    exit 0
  fi
done

# The download is given two minutes: on a closed network it would otherwise retry for long.
if timeout 120 npx --no-install playwright install chromium >/dev/null 2>&1; then
  echo "Using the Chromium that Playwright downloaded"
  exit 0
fi

echo "Playwright could not download Chromium; trying Debian's chromium package."
if [ "$(id -u)" -ne 0 ]; then
  echo "error: no Chromium found, and installing one with apt-get needs root." >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "error: no Chromium found, and this system has no apt-get." >&2
  echo "Install Chromium, then set CHROMIUM_PATH to its binary." >&2
  exit 1
fi

apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
if [ -x /usr/bin/chromium ]; then
  echo "Installed Chromium at /usr/bin/chromium"
  exit 0
fi
echo "error: apt-get install chromium finished, but /usr/bin/chromium is missing." >&2
exit 1
