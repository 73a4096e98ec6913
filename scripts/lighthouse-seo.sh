#!/usr/bin/env bash
# Lighthouse's SEO category on an article, a driver and a team page of a running production build.
#
#   npm run build && npx next start -H 127.0.0.1 -p 3200 &
#   scripts/lighthouse-seo.sh http://127.0.0.1:3200
#
# Lighthouse is fetched by npx on demand (it is not a dependency of the project). It needs a Chromium:
# CHROME_PATH defaults to Debian's /usr/bin/chromium. Reports go to ${LH_OUT:-$TMPDIR/lighthouse-seo}/*.json;
# the script prints each page's score (0-100) and any audit that did not pass, and exits non-zero if a
# page scores below 100. The page paths can be overridden as extra arguments.
set -euo pipefail

base="${1:-http://127.0.0.1:3200}"
shift || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(/articles/2023-bahrein-kwalificatie-toyota-pole /drivers/kamui-kobayashi /teams/toyota-gazoo-racing)
fi
out="${LH_OUT:-${TMPDIR:-/tmp}/lighthouse-seo}"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

status=0
for path in "${paths[@]}"; do
  name="$(echo "$path" | sed 's#^/##; s#/#_#g')"
  report="$out/${name:-home}.json"
  npx -y lighthouse@12.8 "$base$path" --only-categories=seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu" \
    --output=json --output-path="$report" --quiet
  node -e '
    const r = require(require("path").resolve(process.argv[1]));
    const score = Math.round(r.categories.seo.score * 100);
    console.log(`${score}\t${process.argv[2]}\t(Lighthouse ${r.lighthouseVersion})`);
    for (const ref of r.categories.seo.auditRefs) {
      const a = r.audits[ref.id];
      if (a.score !== null && a.score < 1) console.log(`  failed: ${ref.id}: ${a.title}`);
    }
    process.exit(score === 100 ? 0 : 1);
  ' "$report" "$path" || status=1
done
exit $status
