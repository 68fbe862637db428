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

# start_instance N: instance N on its port from instance_ports, in Production, behind the balancer at 127.0.0.1.
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
