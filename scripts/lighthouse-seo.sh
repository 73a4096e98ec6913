#!/usr/bin/env bash
# Lighthouse (mobile) on the pages of a running production build: all four categories by default.
#
#   npm run build && npx next start -H 127.0.0.1 -p 3200 &
#   scripts/lighthouse-seo.sh http://127.0.0.1:3200                      # every category
#   LH_CATEGORIES=seo scripts/lighthouse-seo.sh http://127.0.0.1:3200    # one category
#
# Lighthouse is fetched by npx on demand (it is not a dependency of the project). It needs a Chromium:
# CHROME_PATH defaults to Debian's /usr/bin/chromium. Reports go to ${LH_OUT:-$TMPDIR/lighthouse-seo}/*.json;
# the script prints each page's score per category (0-100) and any audit that did not pass, and exits
# non-zero if a page scores below 100 in any. The page paths can be overridden as extra arguments.
# LH_RUNS=3 runs each page three times and reports each category's median (docs/seo.md).
set -euo pipefail

base="${1:-http://127.0.0.1:3200}"
shift || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(/ /articles/2023-bahrein-kwalificatie-toyota-pole /drivers/kamui-kobayashi /teams/toyota-gazoo-racing /events/24-hours-of-le-mans/2019 /events/24-hours-of-le-mans/2019/race-after-22-hours "/search?q=toyota")
fi
categories="${LH_CATEGORIES:-performance,accessibility,best-practices,seo}"
out="${LH_OUT:-${TMPDIR:-/tmp}/lighthouse-seo}"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

runs="${LH_RUNS:-1}"
status=0
for path in "${paths[@]}"; do
  name="$(echo "$path" | sed 's#^/##; s#[/?=&]#_#g')"
  reports=()
  for run in $(seq 1 "$runs"); do
    report="$out/${name:-home}-$run.json"
    npx -y lighthouse@12.8 "$base$path" --only-categories="$categories" --form-factor=mobile \
      --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --output=json --output-path="$report" --quiet
    reports+=("$report")
  done
  # Each category's median over the runs (LH_RUNS, 3 for the figures of docs/seo.md); the audits that did
  # not pass are those of the run whose performance score is the median.
  node -e '
    const path = require("path");
    const [label, ...files] = process.argv.slice(1);
    const runs = files.map((f) => require(path.resolve(f)));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    let ok = true;
    const scores = [];
    for (const id of Object.keys(runs[0].categories)) {
      const all = runs.map((r) => Math.round(r.categories[id].score * 100));
      const score = median(all);
      scores.push(`${id} ${score}${runs.length > 1 ? ` (${all.join("/")})` : ""}`);
      if (score < 100) ok = false;
    }
    const perf = runs.map((r) => r.categories.performance?.score ?? 1);
    const r = runs[perf.indexOf(median(perf))];
    console.log(`${label}\t${scores.join("  ")}\t(Lighthouse ${r.lighthouseVersion}, ${runs.length} run${runs.length > 1 ? "s, median" : ""})`);
    for (const [id, c] of Object.entries(r.categories)) {
      for (const ref of c.auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${id}: ${ref.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
      }
    }
    process.exit(ok ? 0 : 1);
  ' "$path" "${reports[@]}" || status=1
done
exit $status
