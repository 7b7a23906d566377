#!/bin/bash
# Builds krait with profile-guided optimization (PGO): an instrumented build
# runs a training workload, llvm-profdata merges the counts, and the final
# build lets LLVM lay out the eval loop (and keep its hot values in
# registers) for the instructions programs actually run. The eval loop is
# one big `match`; without a profile LLVM weighs every opcode alike.
#
# Usage: scripts/build-pgo.sh [TARGET_DIR]   (default: target/pgo)
# Prints the path of the optimized binary on its last line.
#
# Training workload: every benchmark at its test size and the differential
# test programs (tests/programs), i.e. the code the interpreter is judged on
# plus the breadth of the language. Needs llvm-profdata from an LLVM at least
# as new as the profile format rustc writes (Debian 12: apt-get install
# llvm-19); LLVM_PROFDATA overrides the search.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-$root/target/pgo}
case "$target" in /*) ;; *) target=$root/$target ;; esac
profdata_tool=${LLVM_PROFDATA:-}
if [ -z "$profdata_tool" ]; then
  for c in llvm-profdata-22 llvm-profdata-21 llvm-profdata-20 llvm-profdata-19; do
    if command -v "$c" >/dev/null; then profdata_tool=$c; break; fi
  done
fi
if [ -z "$profdata_tool" ]; then
  echo "build-pgo: no llvm-profdata (19 or newer) found; install llvm-19" >&2
  exit 1
fi
raw=$target/profraw
rm -rf "$raw"
mkdir -p "$raw"

echo "build-pgo: instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$raw --cfg krait_pgo_gen" CARGO_TARGET_DIR=$target/gen \
  cargo build --release -q -p krait-jit
gen=$target/gen/release/krait

echo "build-pgo: training" >&2
while read -r name test_size _; do
  case "$name" in ''|'#'*) continue ;; esac
  "$gen" bench/programs/$name.py "$test_size" >/dev/null
done < bench/sizes.txt
find tests/programs -name '*.py' | sort | while read -r p; do
  (cd "$(dirname "$p")" && timeout 20 "$gen" "$(basename "$p")" </dev/null >/dev/null 2>&1) || true
done

"$profdata_tool" merge -o "$target/krait.profdata" "$raw"

echo "build-pgo: optimized build" >&2
# The profile comes from this very source; the few functions whose control
# flow still differs between the two builds (some generic drop glue, the code
# under the krait_pgo_gen cfg) just go without counts, so LLVM's warning for
# each is noise.
RUSTFLAGS="-Cprofile-use=$target/krait.profdata -Cllvm-args=-no-pgo-warn-mismatch" \
  CARGO_TARGET_DIR=$target/use cargo build --release -q -p krait-jit
echo "$target/use/release/krait"
