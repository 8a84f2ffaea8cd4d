#!/usr/bin/env bash
# Runs the whole vitest suite once per process time zone, with TZ=<zone> set, and fails if any run
# fails (issue "Reliability", part 4: the suite must pass unchanged whatever the machine's zone).
#
# Usage: bash test/tools/tz-matrix.sh [ZONE...] [-- VITEST_ARGS...]
#   ZONE         IANA names; default: UTC America/New_York Asia/Kolkata Pacific/Chatham Australia/Lord_Howe
#   VITEST_ARGS  passed on to every run, e.g. `-- --reporter=dot`
#
# The projects that run code run: `--project unit --project prop`. Not "types" (the type tests run
# no code, so the process's zone cannot change them; `npm test` runs them once, in UTC) nor
# "package" (it needs a build).
# Node falls back to UTC, silently, for a TZ it does not know; so each zone is first checked: the
# process's local offset must be the zone's (read from Intl) in January and in July.
set -uo pipefail

zones=()
extra=()
while [ "$#" -gt 0 ]; do
  if [ "$1" = "--" ]; then
    shift
    extra=("$@")
    break
  fi
  zones+=("$1")
  shift
done
if [ "${#zones[@]}" -eq 0 ]; then
  zones=(UTC America/New_York Asia/Kolkata Pacific/Chatham Australia/Lord_Howe)
fi

cd "$(dirname "$0")/../.." || exit 2

check_zone='
const zone = process.env.TZ;
try { new Intl.DateTimeFormat("en-US", { timeZone: zone }); } catch { console.error(`unknown time zone ${zone}`); process.exit(1); }
for (const t of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const zoneOffset = (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - t) / 60000;
  const processOffset = -new Date(t).getTimezoneOffset();
  if (zoneOffset !== processOffset) { console.error(`TZ=${zone} is not in force: the process is at ${processOffset} min, the zone at ${zoneOffset} min`); process.exit(1); }
}
'

# Each run's output is also kept, so that a failing zone's failures are printed again at the end:
# a CI log is often read from its tail, which otherwise shows only the last zone's run.
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

passed=()
failed=()
for zone in "${zones[@]}"; do
  echo "=== TZ=${zone} ==="
  log="$logs/${zone//\//_}.log"
  if ! TZ="$zone" node -e "$check_zone" 2>&1 | tee "$log"; then
    failed+=("$zone")
    continue
  fi
  if TZ="$zone" npx vitest run --project unit --project prop "${extra[@]}" 2>&1 | tee "$log"; then
    passed+=("$zone")
  else
    failed+=("$zone")
  fi
done

# What vitest printed from its first "⎯⎯⎯ Failed Tests / Errors ⎯⎯⎯" banner to its summary; the
# last 80 lines when it printed no banner (a crashed worker, a failed zone check).
failure_report() {
  sed -e 's/\x1b\[[0-9;]*m//g' "$1" | awk '
    /⎯⎯⎯/ && !started { started = 1 }
    started { print; if (/Test Files/) exit }
  ' > "$1.report"
  if [ -s "$1.report" ]; then head -n 400 "$1.report"; else tail -n 80 "$1"; fi
}

for zone in "${failed[@]}"; do
  echo "=== TZ=${zone} failed; what it reported:"
  failure_report "$logs/${zone//\//_}.log"
done

echo "=== time zones passed: ${passed[*]:-none}"
echo "=== time zones failed: ${failed[*]:-none}"
echo "=== ${#passed[@]} of $(( ${#passed[@]} + ${#failed[@]} )) time zones green"
[ "${#failed[@]}" -eq 0 ]
