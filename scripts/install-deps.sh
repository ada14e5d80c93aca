#!/usr/bin/env bash
# Installs the Debian 12 packages stancegraph needs to build, test and render,
# skipping those already installed. Safe to run again.
set -euo pipefail

packages=(
  g++ cmake make pkg-config              # toolchain
  libboost-graph-dev libboost-date-time-dev rapidjson-dev libre2-dev libcli11-dev zlib1g-dev
  iso-codes                              # country names and codes, read at run time
  catch2                                 # tests
  graphviz libxml2-utils python3 python3-networkx python3-igraph  # real clients the tests use
  time bc parallel                       # bench/run.sh measures with them; the shard test runs GNU parallel
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
