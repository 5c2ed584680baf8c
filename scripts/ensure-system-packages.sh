#!/usr/bin/env bash
# Installs the Debian packages Live's tests use when they are missing: chromium (browser tests),
# fonts-noto-cjk and fonts-noto-color-emoji (so Chinese and reaction emoji render in screenshots, not as boxes)
# redis-server (redis-mode and cluster tests), python3 (the independent draw-vector check) and nginx (the cluster's balancer: scripts/cluster.sh, ClusterModeTests).
# Needs root or sudo; does nothing when all are present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v python3 >/dev/null 2>&1 || missing+=(python3) # scripts/draw-vectors.py, the independent draw check
{ command -v nginx || [ -x /usr/sbin/nginx ]; } >/dev/null 2>&1 || missing+=(nginx)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} from Debian…"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts redis and nginx services on install; tests and scripts/cluster.sh run their own, so stop them.
$sudo_cmd service redis-server stop >/dev/null 2>&1 || true
$sudo_cmd service nginx stop >/dev/null 2>&1 || true
