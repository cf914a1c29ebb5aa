#!/usr/bin/env bash
# Runs the committed benchmarks: DNSBL engine time against a 100 ms-delay local DNS server, and
# GUI start-up to first frame (needs a display: uses Xvfb when DISPLAY is unset), mail-log analysis
# against pflogsumm and bounce decoding against Perl sisimai (apt-get install pflogsumm libsisimai-perl).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package test-compile
CP="target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
echo "== DNSBL engine =="
java -cp "$CP" dev.maildoctor.bench.DnsblBenchmark
echo "== Recipient domains: 1,000 MX look-ups, every answer delayed 100 ms =="
java -cp "$CP" dev.maildoctor.bench.MxBenchmark
echo "== Sender authentication audit, every answer delayed 100 ms =="
java -cp "$CP" dev.maildoctor.bench.AuthBenchmark
echo "== GUI start to first frame =="
java -cp "$CP" dev.maildoctor.bench.StartupBenchmark target/maildoctor.jar
echo "== Mail log analysis against pflogsumm (1 million lines) =="
command -v pflogsumm >/dev/null || { echo "pflogsumm is missing: apt-get install pflogsumm" >&2; exit 1; }
java -cp "$CP" dev.maildoctor.bench.MaillogBenchmark
echo "== Bounce decoding of the sisimai corpus against Perl sisimai =="
perl -MSisimai -e1 2>/dev/null || { echo "Perl sisimai is missing: apt-get install libsisimai-perl" >&2; exit 1; }
java -cp "$CP" dev.maildoctor.bench.BounceBenchmark target/maildoctor.jar src/test/resources/corpora/bounces-sisimai
