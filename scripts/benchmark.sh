#!/usr/bin/env bash
# The benchmark of issue #7 (docs/performance.md, docs/adr/0015). For each database and scale: a fresh database (a
# SQLite file, or a database in a throwaway PostgreSQL cluster on a free loopback port), filled by the benchmark tool
# after the real migrations; the portal in Release on loopback pinned to core 0, the load generator pinned to core 1;
# 120 s warm-up (the portal's JIT is still tiering up 100 s into a steady load: docs/performance.md), then the
# measured phases, the citizen, start and baseline pages in alternating slices so their ratios compare the same
# moments. The minimal page (tools/Paaroerende.MinimalPage: cookie sign-in, a consent check and ten newest updates,
# none of the portal's pipeline) runs beside the portal on the same core and database, and is measured after them.
# Then, per database, the smallest and the largest scale's portals side by side on their databases: the mix and the
# citizen page at the constant rate in alternating slices, so the scale target compares the same minutes, not two
# runs an hour apart (docs/adr/0058). Ends with one report over all runs, as tables and JSON.
# Usage: scripts/benchmark.sh [--db sqlite|postgresql|both] [--scale "1 10"] [--warmup 120] [--phase 30] [--out DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

dbs="sqlite postgresql"
scales="1 10"
warmup=120
phase=30
out="$root/benchmark-results/$(date -u +%Y%m%dT%H%M%SZ)"
while [ $# -gt 0 ]; do
  case "$1" in
    --db) dbs="$2"; [ "$dbs" = both ] && dbs="sqlite postgresql"; shift 2 ;;
    --scale) scales="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --phase) phase="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "Unknown argument: $1"; exit 2 ;;
  esac
done
if [ "$warmup" -lt 60 ]; then echo "Issue #7 asks for at least 60 s of warm-up."; exit 2; fi
mkdir -p "$out"
work="$(mktemp -d /tmp/paaroerende-bench.XXXXXX)"
cores="$(nproc)"
portal_core=0
load_core=$(( cores > 1 ? 1 : 0 ))

# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"

portal_pid=""
minimal_pid=""
large_pid=""
cleanup() {
  if [ -n "$portal_pid" ]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  if [ -n "$large_pid" ]; then kill "$large_pid" 2>/dev/null || true; wait "$large_pid" 2>/dev/null || true; fi
  if [ -n "$minimal_pid" ]; then kill "$minimal_pid" 2>/dev/null || true; wait "$minimal_pid" 2>/dev/null || true; fi
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
wait_for_health() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
}

# Starts the portal in Release on loopback, pinned to the portal's core: sets started_port and started_pid.
start_portal() {
  local name="$1" provider="$2" connection="$3"
  started_port="$(free_port)"
  # Production needs a key-encryption key (docs/adr/0014); a throwaway one per run. The load signs relatives and
  # citizens in with passwords, which Production refuses unless turned on (docs/adr/0042).
  local key_encryption_key
  key_encryption_key="$(head -c 32 /dev/urandom | base64)"
  ASPNETCORE_ENVIRONMENT=Production DataProtection__KeyEncryptionKey="$key_encryption_key" SignIn__PasswordsEnabled=true \
  Database__Provider="$provider" ConnectionStrings__Portal="$connection" \
  Benchmark__BaselinePage=true Demo__Enabled=false Mail__Folder="$work/mail-$name" Notifications__PortalUrl="http://127.0.0.1:$started_port" \
  Serilog__WriteTo__1__Args__path="$work/logs-$name/portal-.json" \
    taskset -c "$portal_core" dotnet "$web_dir/bin/Release/net10.0/Paaroerende.Web.dll" \
      --urls "http://127.0.0.1:$started_port" --contentRoot "$web_dir" > "$work/portal-$name.out" 2>&1 &
  started_pid=$!
  wait_for_health "$started_port"
}

echo "Building (Release)"
dotnet build src/Paaroerende.Web -c Release -v quiet -nologo >/dev/null
dotnet build tools/Paaroerende.Benchmark -c Release -v quiet -nologo >/dev/null
dotnet build tools/Paaroerende.MinimalPage -c Release -v quiet -nologo >/dev/null
tool=(dotnet "$root/tools/Paaroerende.Benchmark/bin/Release/net10.0/Paaroerende.Benchmark.dll")
web_dir="$root/src/Paaroerende.Web"
minimal_dir="$root/tools/Paaroerende.MinimalPage"

for db in $dbs; do
  declare -A connections=() providers=()
  for scale in $scales; do
    echo "=== $db, scale $scale"
    if [ "$db" = sqlite ]; then
      provider=Sqlite
      connection="Data Source=$work/bench-$scale.db"
    else
      [ -n "${pg_server:-}" ] || start_postgres
      provider=PostgreSQL
      PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE bench_$scale"
      connection="$pg_server;Database=bench_$scale"
    fi

    "${tool[@]}" fill --db "$db" --connection "$connection" --scale "$scale" --manifest "$work/manifest-$db-$scale.json"
    if [ "$db" = postgresql ]; then
      PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d "bench_$scale" -q -c "VACUUM ANALYZE"
    fi

    start_portal "$db-$scale" "$provider" "$connection"
    port="$started_port"; portal_pid="$started_pid"
    # Chosen once the portal listens, so the two cannot be given the same free port.
    minimal_port="$(free_port)"
    ASPNETCORE_ENVIRONMENT=Production Database__Provider="$provider" ConnectionStrings__Portal="$connection" \
      taskset -c "$portal_core" dotnet "$minimal_dir/bin/Release/net10.0/Paaroerende.MinimalPage.dll" \
        --urls "http://127.0.0.1:$minimal_port" --contentRoot "$minimal_dir" > "$work/minimal-$db-$scale.out" 2>&1 &
    minimal_pid=$!
    wait_for_health "$minimal_port"

    taskset -c "$load_core" "${tool[@]}" run --db "$db" --scale "$scale" --manifest "$work/manifest-$db-$scale.json" \
      --url "http://127.0.0.1:$port" --portal-pid "$portal_pid" --warmup "$warmup" --phase "$phase" \
      --minimal-url "http://127.0.0.1:$minimal_port" --minimal-pid "$minimal_pid" \
      --out "$out/$db-scale$scale.json"

    kill "$portal_pid" "$minimal_pid"; wait "$portal_pid" "$minimal_pid" 2>/dev/null || true; portal_pid=""; minimal_pid=""
    connections[$scale]="$connection"; providers[$scale]="$provider"
  done

  # The scale target in the same minutes (docs/adr/0058): the smallest and the largest scale's portals side by side,
  # each on its own database (kept from its run), the mix and the constant rate in alternating slices.
  read -r -a ran <<< "$scales"
  small="${ran[0]}"; large="${ran[${#ran[@]}-1]}"
  if [ "$small" != "$large" ]; then
    echo "=== $db, scales $small and $large in the same minutes"
    start_portal "$db-$small-side" "${providers[$small]}" "${connections[$small]}"
    portal_pid="$started_pid"; small_port="$started_port"
    start_portal "$db-$large-side" "${providers[$large]}" "${connections[$large]}"
    large_pid="$started_pid"; large_port="$started_port"
    taskset -c "$load_core" "${tool[@]}" compare-scales --db "$db" --small-scale "$small" --large-scale "$large" \
      --small "http://127.0.0.1:$small_port,$portal_pid,$work/manifest-$db-$small.json" \
      --large "http://127.0.0.1:$large_port,$large_pid,$work/manifest-$db-$large.json" \
      --warmup "$warmup" --out "$out/scales-$db.json"
    kill "$portal_pid" "$large_pid"; wait "$portal_pid" "$large_pid" 2>/dev/null || true; portal_pid=""; large_pid=""
  fi

  for scale in $scales; do
    if [ "$db" = sqlite ]; then rm -f "$work"/bench-"$scale".db*; else
      PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "DROP DATABASE bench_$scale WITH (FORCE)"
    fi
  done
  unset connections providers
done

runs=("$out"/*-scale*.json)
scale_results=()
for file in "$out"/scales-*.json; do [ -e "$file" ] && scale_results+=("$file"); done
"${tool[@]}" report --markdown "$out/report.md" "${runs[@]}" ${scale_results[@]+--scales "${scale_results[@]}"}
echo "Results: $out (JSON per run, report.md)"
