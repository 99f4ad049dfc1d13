#!/usr/bin/env bash
# Installs Setu's native dependencies (Debian/Ubuntu) when they are missing:
# ICU and SQLite headers, and xmllint for validating TMX exports in the tests.
set -euo pipefail

needed=()
dpkg -s libicu-dev >/dev/null 2>&1 || needed+=(libicu-dev)
dpkg -s libsqlite3-dev >/dev/null 2>&1 || needed+=(libsqlite3-dev)
command -v xmllint >/dev/null 2>&1 || needed+=(libxml2-utils)

if [ ${#needed[@]} -gt 0 ]; then
  echo "installing: ${needed[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${needed[@]}"
fi
