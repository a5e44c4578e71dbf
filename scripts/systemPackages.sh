#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing:
#   chromium      the dashboard's end-to-end tests (headless, driven by playwright-core)
#   redis-server  the distributed-queue tests (each starts its own server on 127.0.0.1)
# Run by `npm test` before anything else, so the README's two commands set up a fresh machine.
# Never waits for input: apt-get runs non-interactively with stdin closed. Exits 1 with a clear
# message when a package is missing and cannot be installed here (not root, no apt-get, apt failed).
set -uo pipefail

declare -A wanted=([chromium]=chromium [redis-server]=redis-server)
missing=()
for command_name in "${!wanted[@]}"; do
  command -v "$command_name" >/dev/null 2>&1 || missing+=("${wanted[$command_name]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

fail() {
  echo "corridor tests need the Debian packages: ${missing[*]}" >&2
  echo "  $1" >&2
  echo "  Install them with: apt-get update && apt-get install -y ${missing[*]}   (as root)" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get is not on this machine, so they cannot be installed automatically."
[ "$(id -u)" -eq 0 ] || fail "installing them needs root, and this shell is not root."

echo "corridor: installing Debian packages the tests need: ${missing[*]} (one time, about 1-2 minutes)" >&2
started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! apt-get update -qq </dev/null >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; fail "apt-get update failed (output above)."
fi
if ! apt-get install -y -qq "${missing[@]}" </dev/null >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; fail "apt-get install failed (output above)."
fi
rm -f "$log"
for command_name in "${!wanted[@]}"; do
  command -v "$command_name" >/dev/null 2>&1 || fail "after apt-get install, '$command_name' is still not on the PATH."
done
echo "corridor: installed ${missing[*]} in $(( $(date +%s) - started )) s" >&2
