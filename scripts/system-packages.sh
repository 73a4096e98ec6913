#!/usr/bin/env bash
# The Debian packages the tests need (Chromium for the browser tests, nginx with its cache purge module for
# the static-export and serving tests, redis-server for the shared cache of the publish tests): installed
# here when missing and run as root, else the one command to run is printed and the tests stop at once.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
dpkg-query -W -f='${Status}' libnginx-mod-http-cache-purge 2>/dev/null | grep -q 'install ok installed' || missing+=(libnginx-mod-http-cache-purge)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the Debian packages the tests need: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  exit 0
fi

echo "The tests need Debian packages that are not installed: ${missing[*]}. Run:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
