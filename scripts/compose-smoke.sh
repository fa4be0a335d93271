#!/usr/bin/env bash
# End-to-end smoke test of the compose deployment (docker-compose.yml), as a new user would run it:
# build and start the stack, judge through the public API with sandboxed workers, survive a worker killed
# mid-judging and a PostgreSQL restart under load, tear everything down. Exits non-zero on any failure and
# prints its duration. Works with Compose v1.29 and v2; talks only to 127.0.0.1.
#   bash scripts/compose-smoke.sh            # SMOKE_KEEP=1 leaves the stack up for a look afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
export COMPOSE_PROJECT_NAME=${COMPOSE_PROJECT_NAME:-mljudge-smoke}
export MLJUDGE_IMAGE=${MLJUDGE_IMAGE:-mljudge-smoke:latest}
export MLJUDGE_LEASE_SECONDS=${MLJUDGE_LEASE_SECONDS:-6}     # a killed worker's submission comes back quickly
export MLJUDGE_WORKER_SLOTS=${MLJUDGE_WORKER_SLOTS:-1}
export MLJUDGE_PORT=${MLJUDGE_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE=http://127.0.0.1:$MLJUDGE_PORT
if docker compose version >/dev/null 2>&1; then DC=(docker compose); else DC=(docker-compose); fi

log() { printf '[smoke %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }
fail() { log "FAIL: $*"; "${DC[@]}" ps >&2 || true; "${DC[@]}" logs --tail=40 >&2 || true; exit 1; }
TMP=$(mktemp -d)
cleanup() {
  local status=$?
  rm -rf "$TMP"
  if [ "${SMOKE_KEEP:-}" != 1 ]; then "${DC[@]}" down -v --remove-orphans >/dev/null 2>&1 || true; fi
  log "duration $(( $(date +%s) - T0 )) s, exit $status"
}
trap cleanup EXIT

# ---- HTTP helpers (curl + python3 for JSON; nothing else is needed on the host)
TOKEN=""
api() { # api METHOD PATH [BODY]: sets CODE (in this shell) and BODY
  local args=(-s -w '\n%{http_code}' -X "$1" "$BASE$2" -H 'Content-Type: application/json' --max-time 30)
  [ -n "$TOKEN" ] && args+=(-H "Authorization: Bearer $TOKEN")
  [ $# -ge 3 ] && args+=(--data "$3")
  BODY=$(curl "${args[@]}") || BODY=$'\n000'
  CODE=${BODY##*$'\n'}; BODY=${BODY%$'\n'*}
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
sql() { "${DC[@]}" exec -T postgres psql -U mljudge -d mljudge -tAc "$1" 2>/dev/null; }
source_json() { python3 -c 'import json,sys; print(json.dumps({"problemId": sys.argv[1], "source": open(sys.argv[2]).read()}))' "$1" "$2"; }
submit() { # submit PROBLEM FILE -> id (retries while the database restarts)
  local body; body=$(source_json "$1" "$2")
  for _ in $(seq 1 60); do
    api POST /api/submissions "$body"; local answer=$BODY
    if [ "$CODE" = 202 ]; then echo "$answer" | json 'd["id"]'; return; fi
    sleep 1
  done
  fail "submitting $2 answered $CODE"
}
wait_finished() { # wait_finished ID TIMEOUT -> prints the submission JSON
  local deadline=$(( $(date +%s) + $2 )) answer
  while [ "$(date +%s)" -lt "$deadline" ]; do
    api GET "/api/submissions/$1"; answer=$BODY
    if [ "$CODE" = 200 ] && [ "$(echo "$answer" | json 'd["status"]')" = Finished ]; then echo "$answer"; return; fi
    sleep 1
  done
  fail "submission $1 did not finish within $2 s"
}
wait_healthy() { # wait_healthy SECONDS WORKERS -> /health ok and that many live worker processes with full isolation
  local deadline=$(( $(date +%s) + $1 )) answer=""
  while [ "$(date +%s)" -lt "$deadline" ]; do
    api GET /health; answer=$BODY
    if [ "$CODE" = 200 ] && [ "$(echo "$answer" | json "len([w for w in d['fleet'] if w['isolation'].startswith('bubblewrap+cgroup')])")" -ge "$2" ]; then
      echo "$answer"; return
    fi
    sleep 2
  done
  fail "not healthy with $2 isolated workers within $1 s; last /health ($CODE): $answer"
}

cat > "$TMP/accepted.cs" <<'EOF'
double[] Softmax(double[] logits)
{
    var m = logits.Max();
    var e = logits.Select(z => Math.Exp(z - m)).ToArray();
    var s = e.Sum();
    return e.Select(v => v / s).ToArray();
}
EOF
cp problems/softmax/solutions/wrong_answer/no_max_shift.cs "$TMP/wrong.cs"
cat > "$TMP/tle.cs" <<'EOF'
double[] Softmax(double[] logits)
{
    var x = 0.0;
    while (true) x += Math.Sqrt(x + 1);
}
EOF
cat > "$TMP/mle.cs" <<'EOF'
double[] Softmax(double[] logits)
{
    var hoard = new List<double[]>();
    while (true) hoard.Add(new double[1 << 20]);
}
EOF
# Some work per test (well inside the 1 s limit): the victim takes seconds, long enough to be killed mid-judging.
slow() { cat <<EOF
double[] Softmax(double[] logits)
{
    var spin = 0.0;
    for (var i = 0; i < $1; i++) spin += Math.Sqrt(i) * 1e-30;
    var m = logits.Max();
    var e = logits.Select(z => Math.Exp(z - m) + spin * 0).ToArray();
    var s = e.Sum();
    return e.Select(v => v / s).ToArray();
}
// $2
EOF
}
slow 60000000 victim > "$TMP/victim.cs"   # ~0.2 s per test, ~6 s in all (a starved machine may take it over the limit: still one verdict, once)

# ---- 1. build and start
log "compose: $("${DC[@]}" version --short 2>/dev/null || "${DC[@]}" version | head -1); project $COMPOSE_PROJECT_NAME, port $MLJUDGE_PORT"
"${DC[@]}" build >"$TMP/build.log" 2>&1 || { tail -40 "$TMP/build.log"; fail "image build failed"; }
log "image $MLJUDGE_IMAGE: $(docker image inspect -f '{{.Size}}' "$MLJUDGE_IMAGE" | awk '{printf "%.0f MB", $1/1e6}') (built in $(( $(date +%s) - T0 )) s)"
"${DC[@]}" up -d >"$TMP/up.log" 2>&1 || { cat "$TMP/up.log"; fail "up failed"; }
health=$(wait_healthy 600 1)   # first start: migrations, problem catalog, engine warm-up
log "healthy: $(echo "$health" | json '[(w["id"], w["isolation"]) for w in d["fleet"]]')"
[ "$(docker inspect -f '{{.HostConfig.Privileged}}' "$("${DC[@]}" ps -q worker | head -1)")" = false ] || fail "the worker runs privileged"

# ---- 2. register (students only) and judge the four verdicts
user="smoke_$(date +%s)_$RANDOM" password="smoke-password-1"
api POST /api/auth/register "{\"username\":\"$user\",\"password\":\"$password\"}"
[ "$CODE" = 201 ] || fail "register answered $CODE"
api POST /api/auth/login "{\"username\":\"$user\",\"password\":\"$password\"}"
[ "$CODE" = 200 ] || fail "login answered $CODE"
TOKEN=$(echo "$BODY" | json 'd["token"]')
declare -A want=([accepted]=Accepted [wrong]=WrongAnswer [tle]=TimeLimitExceeded [mle]=MemoryLimitExceeded)
declare -A ids
for kind in accepted wrong tle mle; do ids[$kind]=$(submit softmax "$TMP/$kind.cs"); done
for kind in accepted wrong tle mle; do
  result=$(wait_finished "${ids[$kind]}" 120)
  verdict=$(echo "$result" | json 'd["verdict"]'); isolation=$(echo "$result" | json 'd["isolation"]')
  [ "$verdict" = "${want[$kind]}" ] || fail "$kind: verdict $verdict, wanted ${want[$kind]}"
  [[ "$isolation" == bubblewrap+cgroup-* ]] || fail "$kind: judged with isolation '$isolation'"
  log "$kind -> $verdict ($isolation)"
done

# ---- 3. three workers; kill the one judging a submission; another finishes it exactly once
"${DC[@]}" up -d --scale worker=3 >"$TMP/scale.log" 2>&1 || { cat "$TMP/scale.log"; fail "scaling failed"; }
wait_healthy 300 3 >/dev/null
log "3 isolated workers report to /health"
victim_id=$(submit softmax "$TMP/victim.cs")
deadline=$(( $(date +%s) + 60 ))
worker=""
until [ -n "$worker" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "submission $victim_id never started running"
  worker=$(sql "select worker from submissions where id = $victim_id and status = 'Running'")
done
host=${worker%%:*}
container=$(docker ps -q --no-trunc --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" --filter "label=com.docker.compose.service=worker" | grep "^$host" | head -1)
[ -n "$container" ] || fail "no worker container for host $host"
docker kill "$container" >/dev/null
log "killed worker container ${container:0:12} while it judged submission $victim_id"
result=$(wait_finished "$victim_id" 120)
victim_verdict=$(echo "$result" | json 'd["verdict"]')
# Accepted normally; on a starved machine its ~0.2 s tests may exceed the limit, which is still a real verdict.
[[ "$victim_verdict" == Accepted || "$victim_verdict" == TimeLimitExceeded ]] || fail "the retried submission's verdict: $victim_verdict"
row=$(sql "select attempts, worker, (select count(*) from test_results t where t.submission_id = s.id), total from submissions s where id = $victim_id")
IFS='|' read -r attempts final_worker results total <<<"$row"
[ "${final_worker%%:*}" != "$host" ] || fail "the killed worker $host finished it"
[ "$(sql "select status from submissions where id = $victim_id")" = Finished ] || fail "not finished"
[ "$attempts" = 2 ] || fail "attempts $attempts, wanted 2 (one killed, one finished)"
# Exactly once: one row per test judged (the table's key is (submission, test)); all of them when Accepted,
# up to the first test over the limit otherwise.
if [ "$victim_verdict" = Accepted ]; then
  [ "$results" = "$total" ] || fail "$results test results stored for $total tests"
else
  [ "$results" -ge 1 ] && [ "$results" -le "$total" ] || fail "$results test results stored for $total tests"
fi
log "finished once by ${final_worker%%/*} after the kill: attempts $attempts, $results/$total test results"
"${DC[@]}" up -d --scale worker=3 >/dev/null 2>&1   # bring the pool back to 3

# ---- 4. restart PostgreSQL with submissions in flight: every one still finishes, once, Accepted
TOKEN_1=$TOKEN
user2="smoke2_$(date +%s)_$RANDOM"
TOKEN=""; api POST /api/auth/register "{\"username\":\"$user2\",\"password\":\"$password\"}"
[ "$CODE" = 201 ] || fail "second register answered $CODE"
api POST /api/auth/login "{\"username\":\"$user2\",\"password\":\"$password\"}"
[ "$CODE" = 200 ] || fail "second login answered $CODE"
TOKEN=$(echo "$BODY" | json 'd["token"]')
load=()
for i in $(seq 1 10); do slow 4000000 "load $i" > "$TMP/load$i.cs"; load+=("$(submit softmax "$TMP/load$i.cs")"); done
sleep 2
"${DC[@]}" restart postgres >/dev/null 2>&1 || fail "restarting postgres failed"
log "restarted PostgreSQL with ${#load[@]} submissions queued or running"
for id in "${load[@]}"; do
  verdict=$(wait_finished "$id" 300 | json 'd["verdict"]')
  [ "$verdict" = Accepted ] || fail "submission $id after the restart: $verdict"
done
lost=$(sql "select count(*) from submissions where status <> 'Finished'")
[ "$lost" = 0 ] || fail "$lost submissions unfinished"
log "all ${#load[@]} finished Accepted after the restart; attempts: $(sql "select string_agg(attempts::text, ',' order by id) from submissions where id in ($(IFS=,; echo "${load[*]}"))")"
wait_healthy 60 3 >/dev/null
TOKEN=$TOKEN_1

log "PASS"
