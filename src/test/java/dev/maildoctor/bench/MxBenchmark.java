package dev.maildoctor.bench;

import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.recipients.BulkClassifier;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.RecipientDomain;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Engine-time benchmark of the recipient-domain classification: 1,000 domains against a local DNS
 * server that delays every answer by 100 ms, with a realistic mix (Google, Microsoft, gateways
 * with hint lookups, self-hosted, no MX, NXDOMAIN, null MX). Prints medians over several runs
 * (after warm-up) for the default in-flight limit of the DNS client and a larger one.
 */
public final class MxBenchmark {
    static final Duration DELAY = Duration.ofMillis(100);
    static final int DOMAINS = 1_000;
    static final int RUNS = 9;

    private MxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (FakeDnsServer server = new FakeDnsServer()) {
            List<RecipientDomain> domains = serveDomains(server);
            server.delay(DELAY);
            out.printf("Local DNS server delaying every answer by %d ms; %d domains; %d runs each, after 2 warm-up runs.%n",
                    DELAY.toMillis(), DOMAINS, RUNS);
            for (int maxInFlight : new int[] {DnsSettings.DEFAULT_MAX_IN_FLIGHT, 256}) {
                DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), DnsSettings.DEFAULT_TIMEOUT, maxInFlight);
                int before = server.queries().size();
                Result r = measure(new BulkClassifier(dns, ProviderRules.bundled()), domains);
                int questions = (server.queries().size() - before) / (RUNS + 2);
                out.printf("DNS client limit %d questions in flight (%d domains in flight): median %d ms, min %d, max %d;"
                                + " %d questions per run; verdicts %s%n", maxInFlight, BulkClassifier.DEFAULT_IN_FLIGHT,
                        r.median(), r.min(), r.max(), questions, r.verdicts());
            }
        }
    }

    private record Result(List<Long> millis, Map<String, Integer> verdicts) {
        long median() {
            return millis.get(millis.size() / 2);
        }

        long min() {
            return millis.get(0);
        }

        long max() {
            return millis.get(millis.size() - 1);
        }
    }

    private static Result measure(BulkClassifier classifier, List<RecipientDomain> domains) {
        List<Long> times = new ArrayList<>();
        List<DomainClassification> last = List.of();
        for (int i = 0; i < RUNS + 2; i++) {
            long start = System.nanoTime();
            last = classifier.classifyAll(domains, Progress.NONE).toCompletableFuture().join();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i >= 2) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        Map<String, Integer> verdicts = new TreeMap<>();
        last.forEach(c -> verdicts.merge(c.provider(), 1, Integer::sum));
        return new Result(times, verdicts);
    }

    /** One domain in twenty of each kind per share below; gateways carry SPF and DKIM signs. */
    static List<RecipientDomain> serveDomains(FakeDnsServer server) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DOMAINS; i++) {
            String d = "partner" + i + ".example.jp";
            names.add(d);
            switch (i % 20) {
                case 0, 1, 2, 3 -> server.add(d, "MX", "1 smtp.google.com.");
                case 4, 5, 6, 7 -> {
                    server.add(d, "MX", "1 aspmx.l.google.com.").add(d, "MX", "5 alt1.aspmx.l.google.com.")
                            .add(d, "MX", "10 aspmx2.googlemail.com.");
                }
                case 8, 9, 10, 11 -> server.add(d, "MX", "0 partner" + i + "-example-jp.mail.protection.outlook.com.");
                case 12, 13 -> {
                    server.add(d, "MX", "10 mx0a-00" + i + ".pphosted.com.").add(d, "MX", "10 mx0b-00" + i + ".pphosted.com.");
                    server.add(d, "TXT", "v=spf1 include:spf.protection.outlook.com -all");
                    server.add("selector1._domainkey." + d, "CNAME", "selector1-x._domainkey.t" + i + ".onmicrosoft.com.");
                }
                case 14, 15 -> server.add(d, "MX", "10 mail." + d + ".");
                case 16 -> server.add(d, "MX", "1 mta5.am0.yahoodns.net.");
                case 17 -> server.add(d, "A", "192.0.2.25");
                case 18 -> { } // NXDOMAIN
                default -> server.add(d, "MX", "0 .");
            }
        }
        return DomainList.of(names).domains();
    }
}
