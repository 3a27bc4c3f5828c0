#!/usr/bin/env bash
# The LGSP gateway benchmark (docs/benchmarks.md): installs wrk and nginx when missing (Debian), builds the platform
# jar and runs GatewayBenchmark. Extra arguments go to the platform, e.g. --tinhso.db.pool-size=20.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  fi
done
export PATH="$PATH:/usr/sbin"
if [ ! -f platform/target/tinhso-platform.jar ] || [ ! -d bench/target/classes ]; then
  ./mvnw -q -B -DskipTests package
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${BENCH_JAVA_OPTS:-} -cp bench/target/classes vn.tinhso.bench.GatewayBenchmark \
  platform/target/tinhso-platform.jar "$@"
