# Sourced by scripts/test.sh and scripts/benchmark.sh: a throwaway PostgreSQL cluster in a temp folder on a free
# loopback port, durability off (its data is thrown away), socket in its own folder. Needs Debian's postgresql.
# start_postgres sets pg_bin, pg_dir, pg_port, pg_password, pg_user_cmd and pg_server (a connection string without a
# database); stop_postgres stops it and removes the folder, and does nothing when none was started.

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
  # initdb refuses to run as root.
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$pg_dir"
    pg_user_cmd=(runuser -u postgres --)
  fi
  "${pg_user_cmd[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=scram-sha-256 \
    --pwfile="$pg_dir/pwfile" --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${pg_user_cmd[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  pg_server="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
}

stop_postgres() {
  if [ -n "${pg_dir:-}" ] && [ -d "$pg_dir/data" ]; then
    "${pg_user_cmd[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
