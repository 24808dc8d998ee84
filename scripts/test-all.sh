#!/usr/bin/env bash
# Runs every test suite of the repository. It first installs the journey map control's npm packages when they are
# missing and builds its bundle, then runs the .NET test projects and the control's unit and end-to-end tests.
# Ends with one line "N passed, N failed", summed over all suites, and exits non-zero when a test fails or a suite
# cannot run.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
broken=0

count_trx() {
    local file=$1 p f
    p=$(grep -o '<Counters [^>]*' "$file" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(grep -o '<Counters [^>]*' "$file" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
}

count_jest() {
    local file=$1 counts
    if [ ! -f "$file" ]; then
        echo "test-all: missing result file $file" >&2
        broken=$((broken + 1))
        return
    fi
    counts=$(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests+" "+r.numFailedTests)' "$file")
    passed=$((passed + ${counts% *}))
    failed=$((failed + ${counts#* }))
}

control="$root/pcf/JourneyMap"
if [ -f "$control/package.json" ]; then
    if [ ! -d "$control/node_modules" ]; then
        echo "== journey map control: installing its npm packages (npm ci)"
        (cd "$control" && npm ci --no-audit --no-fund) || broken=$((broken + 1))
    fi

    # The packer tests pack this repository's solution, control included, so the bundle is built first.
    echo "== journey map control: production build"
    (cd "$control" && npm run build) || broken=$((broken + 1))
fi

echo "== .NET tests"
if ! dotnet test "$root/CorDataverse.sln" --logger "trx" --results-directory "$results/dotnet"; then
    echo "test-all: dotnet test reported failures or did not run" >&2
    broken=$((broken + 1))
fi
for trx in "$results"/dotnet/*.trx; do
    [ -e "$trx" ] && count_trx "$trx"
done

if [ -f "$control/package.json" ]; then
    echo "== journey map control: unit tests"
    if ! (cd "$control" && npm test); then
        broken=$((broken + 1))
    fi
    count_jest "$control/test-results/unit.json"

    echo "== journey map control: end-to-end tests"
    if ! (cd "$control" && npm run test:e2e); then
        broken=$((broken + 1))
    fi
    count_jest "$control/test-results/e2e.json"
fi

if [ "$broken" -gt 0 ] && [ "$failed" -eq 0 ]; then
    echo "test-all: $broken suite(s) failed to run; see the output above" >&2
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$broken" -eq 0 ]
