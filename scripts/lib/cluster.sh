# Sourced by scripts/cluster.sh: starting one portal instance, the balancer's configuration, and the --check.
# Expects root, work, pg_server-based $connection, $key_encryption_key, $public_address, $port, instance_ports, pids.

web_dll() { echo "$root/src/Paaroerende.Web/bin/Release/net10.0/Paaroerende.Web.dll"; }

wait_for_health() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

# start_instance N: instance N on its port from instance_ports, in Production, behind the balancer at 127.0.0.1; the
# load signs the demo relatives in with passwords, so they are turned on (docs/adr/0042).
start_instance() {
  local i="$1" instance_port="${instance_ports[$(( $1 - 1 ))]}"
  (
    cd "$root/src/Paaroerende.Web"
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="http://127.0.0.1:$instance_port" \
    Database__Provider=PostgreSQL \
    ConnectionStrings__Portal="$connection" \
    DataProtection__KeyEncryptionKey="$key_encryption_key" \
    Notifications__PortalUrl="$public_address" \
    ForwardedHeaders__KnownProxies=127.0.0.1 \
    Demo__Enabled=true \
    SignIn__PasswordsEnabled=true \
    Mail__Folder="$work/mail" \
    Serilog__WriteTo__1__Args__path="$work/logs/instance-$i-.json" \
    exec dotnet "$(web_dll)"
  ) > "$work/instance-$i.log" 2>&1 &
  pids[$(( i - 1 ))]=$!
  wait_for_health "$instance_port" || { echo "Instance $i did not start; its log:"; tail -n 40 "$work/instance-$i.log"; exit 1; }
}

# The balancer: round robin over the instances, each health-checked on /health; it writes X-Forwarded-For and -Proto,
# which the instances believe from 127.0.0.1 only (ForwardedHeaders__KnownProxies), and names the instance that
# answered in X-Served-By so the check (and a curious operator) can see the spread.
write_haproxy_config() {
  cat <<CFG
global
  maxconn 2000
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  option forwardfor
frontend portal
  bind 127.0.0.1:$port
  http-request set-header X-Forwarded-Proto http
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /health
  # A request to an instance that is down goes to another. A GET whose instance died before answering is sent again
  # (it changes nothing); a POST is never sent twice, as the instance may have stored it before it died.
  retries 2
  option redispatch
  retry-on all-retryable-errors
  http-request disable-l7-retry if !METH_GET
  http-response set-header X-Served-By %s
CFG
  local i=1
  for instance_port in "${instance_ports[@]}"; do
    echo "  server instance-$i 127.0.0.1:$instance_port check inter 2s fall 2 rise 1"
    i=$((i + 1))
  done
}

# Every instance answers through the balancer, and a relative's sign-in made through it is valid on every instance.
check_cluster() {
  local served jar status failed=0
  served="$(for _ in $(seq 1 $(( ${#instance_ports[@]} * 4 ))); do
    curl -fsS -o /dev/null -D - "http://127.0.0.1:$port/" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-served-by" {print $2}'
  done | sort -u | tr '\n' ' ')"
  echo "Answered through the balancer by: $served"
  [ "$(echo "$served" | wc -w)" -eq "${#instance_ports[@]}" ] || { echo "FAIL: not every instance answered"; failed=1; }

  jar="$work/cookies.txt"
  local token
  token="$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/Account/Login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -n 1)"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "Input.Email=paaroerende@demo.example" --data-urlencode "Input.Password=Demo-Portal-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/Login")"
  [ "$status" = 302 ] || { echo "FAIL: sign-in through the balancer answered $status"; failed=1; }
  for instance_port in "${instance_ports[@]}"; do
    status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$instance_port/Relatives")"
    echo "The sign-in's cookie on 127.0.0.1:$instance_port/Relatives: $status"
    [ "$status" = 200 ] || failed=1
  done
  [ "$failed" -eq 0 ] && echo "OK: every instance answers, and a session made through the balancer holds on each."
  return "$failed"
}

# The load with faults (issue #15 part 3): throughput of one instance and of the balancer, then the demo's people read
# and write through the balancer while instance 2 is killed (SIGKILL) and restarted, and PostgreSQL is restarted; the
# benchmark tool checks every acknowledged write in the database and classes every failed request.
run_load() {
  local seconds="$1" report="$2" events="$work/events.txt" run_id tool_pid one two
  dotnet build "$root/tools/Paaroerende.Benchmark" -c Release -v quiet -nologo >/dev/null
  local tool=(dotnet "$root/tools/Paaroerende.Benchmark/bin/Release/net10.0/Paaroerende.Benchmark.dll")
  echo "Throughput: one instance, then the balancer over ${#instance_ports[@]} (15 s each, the relatives' citizen page)"
  one="$("${tool[@]}" throughput --balancer "http://127.0.0.1:${instance_ports[0]}" --seconds 15 --users 8 | tail -n 1)"
  two="$("${tool[@]}" throughput --balancer "http://127.0.0.1:$port" --seconds 15 --users 8 | tail -n 1)"
  echo "  one instance: $one pages/s; through the balancer: $two pages/s"

  run_id="load$(date -u +%H%M%S)"
  : > "$events"
  "${tool[@]}" cluster --balancer "http://127.0.0.1:$port" --connection "$connection" --seconds "$seconds" \
    --events "$events" --run-id "$run_id" --out "$work/cluster-report.md" &
  tool_pid=$!
  # The faults fall inside the load: the kill a quarter in (signing in takes a few seconds first), the database's
  # restart two thirds in, whatever the restarted instance's start took.
  local began; began="$(date +%s)"
  sleep $(( seconds / 4 + 5 ))
  echo "kill $(date +%s%3N)" >> "$events"
  kill -9 "${pids[1]}"; wait "${pids[1]}" 2>/dev/null || true
  echo "killed $(date +%s%3N)" >> "$events"
  echo "  instance 2 killed (SIGKILL)"
  sleep 5
  start_instance 2
  echo "restarted $(date +%s%3N)" >> "$events"
  echo "  instance 2 restarted"
  local until_restart=$(( began + 5 + seconds * 2 / 3 - $(date +%s) ))
  [ "$until_restart" -le 0 ] || sleep "$until_restart"
  echo "pg-restart $(date +%s%3N)" >> "$events"
  "${pg_user_cmd[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w restart >/dev/null
  echo "pg-up $(date +%s%3N)" >> "$events"
  echo "  PostgreSQL restarted"
  local status=0
  wait "$tool_pid" || status=$?

  local sent mails unsent
  # The invitations' mails: wait for the outbox to drain (each instance polls it), then compare.
  for _ in $(seq 1 60); do
    unsent="$(PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d portal -tA \
      -c 'SELECT count(*) FROM "OutboxMessages" WHERE "SentAtUtc" IS NULL AND "FailedAtUtc" IS NULL' 2>/dev/null || echo "?")"
    [ "$unsent" = 0 ] && break
    sleep 1
  done
  sent="$(PGPASSWORD="$pg_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d portal -tA \
    -c 'SELECT count(*) FROM "OutboxMessages" WHERE "SentAtUtc" IS NOT NULL' 2>&1)" || { echo "Counting sent mails failed: $sent"; status=1; }
  mails="$( (find "$work/mail" -name '*.eml' 2>/dev/null || true) | wc -l)"
  {
    echo "| throughput, one instance (citizen page, 8 users, closed loop) | $one pages/s |"
    echo "| throughput, balancer over ${#instance_ports[@]} instances | $two pages/s |"
    echo "| mails sent by the outbox (rows marked sent) / mail files written by all instances | $sent / $mails |"
  } >> "$work/cluster-report.md"
  [ "$sent" = "$mails" ] || { echo "FAIL: the outbox marked $sent mails sent, the instances wrote $mails"; status=1; }
  cp "$work/cluster-report.md" "$report"
  echo "Report: $report"
  cat "$report"
  return "$status"
}
