#!/usr/bin/env bash
# Runs the committed benchmarks: DNSBL engine time against a 100 ms-delay local DNS server, and
# GUI start-up to first frame (needs a display: uses Xvfb when DISPLAY is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package test-compile
CP="target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
echo "== DNSBL engine =="
java -cp "$CP" dev.maildoctor.bench.DnsblBenchmark
echo "== GUI start to first frame =="
java -cp "$CP" dev.maildoctor.bench.StartupBenchmark target/maildoctor.jar
echo "== Mail log analysis against pflogsumm (1 million lines) =="
command -v pflogsumm >/dev/null || { echo "pflogsumm is missing: apt-get install pflogsumm" >&2; exit 1; }
java -cp "$CP" dev.maildoctor.bench.MaillogBenchmark
