#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (the report's charts are checked in a
# headless browser). Idempotent: does nothing when /usr/bin/chromium is already there.
# `playwright install` cannot download browsers here, so the tests drive this binary.
# Needs root (CI runs as root); elsewhere run it with sudo once.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-chromium: /usr/bin/chromium is missing; run 'sudo $0' once" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Another job may hold the dpkg lock (apt on a shared machine): wait for it.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x /usr/bin/chromium
