#!/usr/bin/env bash
# Seeds the fuzzers with the corpus (when ../shared/corpus is there), the fixtures and the cases.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p seeds
cp ../tests/fixtures/*.txt ../tests/fixtures/*.html seeds/ 2>/dev/null || true
for c in ../tests/cases/*.case ../tests/regressions/*.case; do sed '1,/^---$/d' "$c" > "seeds/$(basename "$c" .case)"; done
if [ -d ../../shared/corpus ]; then cp ../../shared/corpus/*.txt ../../shared/corpus/*.html seeds/; fi
echo "$(ls seeds | wc -l) seeds in fuzz/seeds"
