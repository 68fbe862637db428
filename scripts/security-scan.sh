#!/usr/bin/env bash
# Scans the portal with Debian's wapiti and sqlmap, anonymously and signed in, on loopback (docs/security.md).
# Builds Release, starts the portal on a free 127.0.0.1 port over a fresh SQLite data folder with the demo data,
# signs in through the real forms (staff with the demo authenticator key), and runs each scanner per role with that
# session's cookie. Slow (tens of minutes); not part of CI. Installs wapiti and sqlmap when missing (Debian).
#
# Usage: scripts/security-scan.sh [roles...]          roles: anonymous relative staff admin (default: all four)
# Environment: SCAN_SECONDS   each scanner's time limit per role (default 600)
#              SCAN_OUT       where the reports go (default: a new folder under /tmp, printed at the end)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  command -v wapiti >/dev/null 2>&1 || missing+=(wapiti)
  command -v sqlmap >/dev/null 2>&1 || missing+=(sqlmap)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

roles=("$@")
[ "${#roles[@]}" -gt 0 ] || roles=(anonymous relative staff admin)
scan_seconds="${SCAN_SECONDS:-600}"
out="${SCAN_OUT:-$(mktemp -d /tmp/paaroerende-scan.XXXXXX)}"
mkdir -p "$out"
data="$(mktemp -d /tmp/paaroerende-scan-data.XXXXXX)"

install_missing
echo "Publishing Release ..."
# Its own copy, so building the repository during a long scan cannot change the files the portal runs from.
dotnet publish src/Paaroerende.Web -c Release -o "$data/app" -v quiet -nologo > "$out/build.log" 2>&1 \
  || { tail -n 30 "$out/build.log"; exit 1; }

port="$(free_port)"
base="http://127.0.0.1:$port"
# Production behaviour (exception page, HSTS on https) with the demo data. The sign-in limits are raised for the
# scan only: the scanners post the login form hundreds of times, and the limits are tested on their own
# (SignInRateLimitTests). Passwords are on for the scanned relative's and citizen's sign-in (docs/adr/0042);
# everything else is as deployed.
(
  cd "$data/app"
  ASPNETCORE_ENVIRONMENT=Production \
  DataProtection__KeyEncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  ASPNETCORE_URLS="$base" \
  Notifications__PortalUrl="$base" \
  Database__Provider=Sqlite \
  ConnectionStrings__Portal="Data Source=$data/portal.db" \
  Demo__Enabled=true \
  SignIn__PasswordsEnabled=true \
  Mail__Folder="$data/mail" \
  Serilog__WriteTo__1__Args__path="$data/logs/portal-.json" \
  RateLimits__SignIn__PermitLimit=1000000 \
  RateLimits__Invitation__PermitLimit=1000000 \
  RateLimits__PasswordReset__PermitLimit=1000000 \
  exec dotnet Paaroerende.Web.dll
) > "$out/portal.log" 2>&1 &
portal_pid=$!
cleanup() {
  kill "$portal_pid" 2>/dev/null || true
  wait "$portal_pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/health" >/dev/null || { echo "The portal did not start:"; tail -n 30 "$out/portal.log"; exit 1; }
echo "Portal running at $base (pid $portal_pid); reports in $out"

# Signs in through the real forms and prints the Cookie header. Staff and administrators type the code for the demo
# key (RFC 6238, as tests/Shared/Totp.cs), at the first sign-in on the set-up page.
sign_in() {
  python3 - "$base" "$1" <<'PY'
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.error, urllib.parse, urllib.request

base, email = sys.argv[1], sys.argv[2]
password, key = "Demo-Portal-2026", "PAAROERENDEPORTALDEMOKEYSTAFFADM"
jar = http.cookiejar.CookieJar()

class Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), Stay)

def call(path, fields=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    try:
        response = opener.open(base + path, data)
    except urllib.error.HTTPError as error:
        response = error
    return response.headers.get("Location") or "", response.read().decode("utf-8", "replace")

def token(html):
    match = re.search(r'<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"', html)
    if not match:
        sys.exit("no antiforgery token on the page")
    return match.group(1)

def code():
    digest = hmac.new(base64.b32decode(key), struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)

_, page = call("/Account/Login")
location, _ = call("/Account/Login", {"Input.Email": email, "Input.Password": password,
                                      "__RequestVerificationToken": token(page)})
if location.startswith("/Account/TwoFactorSetup") or location.startswith("/Account/LoginWith2fa"):
    _, page = call(location)
    call(location, {"Input.Code": code(), "__RequestVerificationToken": token(page)})
elif not location or location.startswith("/Account/"):
    sys.exit("sign-in as %s failed: %s" % (email, location))
cookies = "; ".join("%s=%s" % (c.name, c.value) for c in jar)
if "Paaroerende.Auth=" not in cookies:
    sys.exit("sign-in as %s gave no session cookie" % email)
print(cookies)
PY
}

# Debian bookworm's wapiti 3.0.4 builds its exclude patterns as "...\Z(?ms)", which Python 3.11 refuses ("global
# flags not at the start"); this puts the flags first. Loaded through PYTHONPATH by wapiti only.
mkdir -p "$data/wapiti-shim"
cat > "$data/wapiti-shim/sitecustomize.py" <<'PY'
import re
try:
    import wapitiCore.net.crawler as crawler
    crawler.wildcard_translate = lambda pattern: re.compile(
        "(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
except ImportError:
    pass
PY

declare -A accounts=(
  [relative]=paaroerende@demo.example
  [staff]=medarbejder@demo.example
  [admin]=admin.hvidovre@demo.example
)
declare -A start_pages=([anonymous]=/ [relative]=/Relatives [staff]=/Staff [admin]=/Admin)

for role in "${roles[@]}"; do
  cookie=""
  if [ "$role" != anonymous ]; then
    cookie="$(sign_in "${accounts[$role]}")"
  fi
  headers=()
  [ -z "$cookie" ] || headers=(-H "Cookie: $cookie")
  start="$base${start_pages[$role]}"

  echo "=== wapiti as $role (at most ${scan_seconds}s)"
  # PYTHONPATH: the shim below repairs Debian's wapiti 3.0.4 on Python 3.11, whose -x (exclude) crashes.
  # Signing out would end the scan's session, and so would ending the relative's last relation; the scanners may
  # post every other form (a throwaway database).
  PYTHONPATH="$data/wapiti-shim" wapiti -u "$base/" -s "$start" --scope folder "${headers[@]}" \
    -x "$base/Account/Logout" -x "$base/Relatives/Citizen/*/End" -x "$base/Citizen/EndRelation*" \
    --flush-session --store-session "$out/wapiti-session-$role" \
    --max-scan-time "$scan_seconds" --max-attack-time "$((scan_seconds / 4))" --max-links-per-page 60 -d 5 \
    -f json -o "$out/wapiti-$role.json" -v 0 > "$out/wapiti-$role.log" 2>&1 || echo "wapiti exited $? (see $out/wapiti-$role.log)"

  echo "=== sqlmap as $role"
  # Crawls from the role's start page and tests every form and query parameter, fetching a fresh antiforgery token
  # for each post (the token field is not a parameter to inject).
  timeout "$scan_seconds" sqlmap -u "$start" ${cookie:+--cookie="$cookie"} --batch --crawl=3 --forms --crawl-exclude="Logout" \
    --csrf-token=__RequestVerificationToken --level=2 --risk=1 --smart --time-sec=3 \
    --output-dir="$out/sqlmap-$role" --answers="follow=N,quit=N" > "$out/sqlmap-$role.log" 2>&1 \
    || echo "sqlmap exited $? (see $out/sqlmap-$role.log)"
  if [ "$role" != anonymous ] && [ -n "$cookie" ]; then
    still="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$start")"
    echo "    the $role session still answers $still on ${start_pages[$role]} after the scans"
  fi
done

echo "=== Findings"
python3 - "$out" "${roles[@]}" <<'PY'
import collections, json, os, re, sys
out, roles = sys.argv[1], sys.argv[2:]
for role in roles:
    path = os.path.join(out, "wapiti-%s.json" % role)
    if os.path.exists(path):
        report = json.load(open(path))
        for kind in ("vulnerabilities", "anomalies", "additionals"):
            found = collections.Counter(
                (name, item.get("method", ""), item.get("path", ""), (item.get("info") or "").splitlines()[0][:140])
                for name, items in report.get(kind, {}).items() for item in items)
            for (name, method, where, info), count in sorted(found.items()):
                print("wapiti %-9s %-13s %s: %s %s %s (%dx)" % (role, kind, name, method, where, info, count))
    log = os.path.join(out, "sqlmap-%s.log" % role)
    if os.path.exists(log):
        text = re.sub(r"\x1b\[[0-9;]*[a-zA-Z]", "", open(log, errors="replace").read())
        hits = sorted(set(re.findall(r"parameter '([^']+)' (?:is|appears to be|might be) [^\n]*injectable", text)))
        targets = len(re.findall(r"^(?:GET|POST) http", text, re.M))
        print("sqlmap %-9s %d targets; %s" % (role, targets, "injectable: " + ", ".join(hits) if hits else "nothing injectable"))
answers = collections.Counter(re.findall(r"HTTP (?:GET|POST) \S+ responded (\d+)", open(os.path.join(out, "portal.log"), errors="replace").read()))
print("portal answers by status: " + ", ".join("%s: %d" % kv for kv in sorted(answers.items())))
PY
echo "Reports: $out"
