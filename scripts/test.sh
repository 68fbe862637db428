#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and a real PostgreSQL) and end-to-end (real Chromium via Playwright).
# Installs what the tests need when it is missing (Debian: chromium, postgresql, python3-aiosmtpd), starts a throwaway PostgreSQL on a
# free loopback port for the run, stops it afterwards, and exits non-zero on any failure.
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Consent"]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  # The mail tests' real SMTP server (tests/Shared/smtp), run by Debian's own interpreter.
  /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"

# Each test host watches appsettings and static files; with dozens of hosts that exhausts Linux's inotify instances
# (128 per user by default). Test hosts need no reload-on-change, and polling watchers use no inotify at all.
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true

install_missing
start_postgres
trap stop_postgres EXIT
export PAAROERENDE_TEST_POSTGRES="$pg_server;Database=postgres"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$pg_port"

build_log="$(mktemp /tmp/paaroerende-build.XXXXXX)"
if ! dotnet build Paaroerende.sln -c Release > "$build_log" 2>&1; then
  grep -E ": (error|warning) " "$build_log" | sort -u || tail -n 40 "$build_log"
  echo "The build failed; no tests were run."
  exit 1
fi
tail -n 3 "$build_log"
# PAAROERENDE_TEST_RESULTS keeps the result files (with each test's duration) in that folder instead of a temporary one.
results="${PAAROERENDE_TEST_RESULTS:-$(mktemp -d /tmp/paaroerende-results.XXXXXX)}"
mkdir -p "$results"
status=0
for project in tests/Paaroerende.UnitTests tests/Paaroerende.IntegrationTests tests/Paaroerende.E2ETests; do
  echo "=== $project"
  dotnet test "$project" -c Release --no-build --logger "console;verbosity=minimal" \
    --logger "trx;LogFilePrefix=$(basename "$project")" --results-directory "$results" "$@" || status=1
done

# One closing line for the whole run, counted from the result files of all three projects.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("{*}ResultSummary/{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"Total: {passed} passed, {failed} failed, {skipped} skipped")
PY
[ -n "${PAAROERENDE_TEST_RESULTS:-}" ] || rm -rf "$results"
exit "$status"
