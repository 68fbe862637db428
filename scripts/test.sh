#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and a real PostgreSQL) and end-to-end (real Chromium via Playwright).
# Installs what the tests need when it is missing (Debian: chromium, postgresql), starts a throwaway PostgreSQL on a
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
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  pg_dir="$(mktemp -d /tmp/paaroerende-pg.XXXXXX)"
  pg_port="$(free_port)"
  pg_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  echo "$pg_password" > "$pg_dir/pwfile"
  pg_user_cmd=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$pg_dir"
    pg_user_cmd=(runuser -u postgres --)
  fi
  "${pg_user_cmd[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=scram-sha-256 \
    --pwfile="$pg_dir/pwfile" --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # A throwaway cluster: durability off for speed, loopback only, socket in its own folder.
  "${pg_user_cmd[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  export PAAROERENDE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$pg_port"
}

stop_postgres() {
  if [ -n "${pg_dir:-}" ] && [ -d "$pg_dir/data" ]; then
    "${pg_user_cmd[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# Each test host watches appsettings and static files; with dozens of hosts that exhausts Linux's inotify instances
# (128 per user by default). Test hosts need no reload-on-change, and polling watchers use no inotify at all.
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true

install_missing
start_postgres
trap stop_postgres EXIT

build_log="$(mktemp /tmp/paaroerende-build.XXXXXX)"
if ! dotnet build Paaroerende.sln -c Release > "$build_log" 2>&1; then
  grep -E ": (error|warning) " "$build_log" | sort -u || tail -n 40 "$build_log"
  echo "The build failed; no tests were run."
  exit 1
fi
tail -n 3 "$build_log"
results="$(mktemp -d /tmp/paaroerende-results.XXXXXX)"
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
rm -rf "$results"
exit "$status"
