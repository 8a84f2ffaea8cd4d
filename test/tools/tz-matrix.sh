#!/usr/bin/env bash
# Runs the whole vitest suite once per process time zone, with TZ=<zone> set, and fails if any run
# fails (issue "Reliability", part 4: the suite must pass unchanged whatever the machine's zone).
#
# Usage: bash test/tools/tz-matrix.sh [ZONE...] [-- VITEST_ARGS...]
#   ZONE         IANA names; default: UTC America/New_York Asia/Kolkata Pacific/Chatham Australia/Lord_Howe
#   VITEST_ARGS  passed on to every run, e.g. `-- --reporter=dot`
#
# Every project runs but "package", which needs a build: `--project unit --project prop --project types`.
# Node falls back to UTC, silently, for a TZ it does not know; so each zone is first checked: the
# process's local offset must be the zone's (read from Intl) in January and in July.
set -u

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

passed=()
failed=()
for zone in "${zones[@]}"; do
  echo "=== TZ=${zone} ==="
  if ! TZ="$zone" node -e "$check_zone"; then
    failed+=("$zone")
    continue
  fi
  if TZ="$zone" npx vitest run --project unit --project prop --project types "${extra[@]}"; then
    passed+=("$zone")
  else
    failed+=("$zone")
  fi
done

echo "=== time zones passed: ${passed[*]:-none}"
echo "=== time zones failed: ${failed[*]:-none}"
echo "=== ${#passed[@]} of $(( ${#passed[@]} + ${#failed[@]} )) time zones green"
[ "${#failed[@]}" -eq 0 ]
