#!/usr/bin/env bash
# Installs the Debian packages Live's tests use when they are missing: chromium (browser tests),
# fonts-noto-cjk and fonts-noto-color-emoji (so Chinese and reaction emoji render in screenshots, not as boxes)
# and redis-server (redis-mode tests).
# Needs root or sudo; does nothing when all are present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} from Debian…"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a redis service on install; tests run their own servers on free ports, so stop it.
$sudo_cmd service redis-server stop >/dev/null 2>&1 || true
