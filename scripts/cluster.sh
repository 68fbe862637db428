#!/usr/bin/env bash
# Several portal instances behind one load balancer on this machine (issue #15, docs/adr/0040): a throwaway PostgreSQL,
# N instances of the portal in Production mode (demo data on, one shared key-encryption key, forwarded headers trusted
# from the balancer only) and Debian's haproxy in front on one address, round robin, health-checked. Sessions, rate
# limits and background jobs are shared through the database, so it does not matter which instance answers.
# Installs haproxy and postgresql when missing. Stops everything on Ctrl-C.
# Usage: scripts/cluster.sh [--instances 2] [--port 8080] [--check]
#   --check  start, show that every instance answers through the balancer and that a sign-in made on one instance is
#            valid on the others, then stop (exit code 0 when all holds).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

instances=2
port=8080
check=false
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --check) check=true; shift ;;
    *) echo "Unknown argument: $1"; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
haproxy_bin="$(command -v haproxy || echo /usr/sbin/haproxy)"

# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
work="$(mktemp -d /tmp/paaroerende-cluster.XXXXXX)"
pids=()
haproxy_pid=""
cleanup() {
  for pid in "${pids[@]}" $haproxy_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}" $haproxy_pid; do wait "$pid" 2>/dev/null || true; done
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the portal (Release)"
dotnet build src/Paaroerende.Web -c Release -v quiet -nologo >/dev/null
start_postgres
PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE portal"
connection="$pg_server;Database=portal"
key_encryption_key="$(head -c 32 /dev/urandom | base64)"
public_address="http://127.0.0.1:$port"

# shellcheck source=lib/cluster.sh
source "$root/scripts/lib/cluster.sh"

# One at a time, as in a rolling deployment: the first applies the migrations and the demo data.
instance_ports=()
for i in $(seq 1 "$instances"); do
  instance_ports+=("$(free_port)")
  start_instance "$i"
  echo "Instance $i: http://127.0.0.1:${instance_ports[$((i - 1))]} (log: $work/instance-$i.log)"
done

write_haproxy_config > "$work/haproxy.cfg"
"$haproxy_bin" -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
wait_for_health "$port" || { echo "The balancer did not answer; see $work/haproxy.log"; exit 1; }
echo "The portal: $public_address ($instances instances behind haproxy; demo sign-ins as in the README)"

if [ "$check" = true ]; then
  check_cluster
  exit $?
fi

echo "Ctrl-C stops the cluster."
wait "$haproxy_pid"
