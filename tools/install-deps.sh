#!/usr/bin/env bash
# Installs Setu's native dependencies (Debian/Ubuntu) when they are missing: the ICU, SQLite and libxml2
# development files, and pkg-config, through which SwiftPM finds libxml2's headers.
set -euo pipefail

needed=()
for package in libicu-dev libsqlite3-dev libxml2-dev pkg-config; do
  dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done

if [ ${#needed[@]} -gt 0 ]; then
  echo "installing: ${needed[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${needed[@]}"
fi
