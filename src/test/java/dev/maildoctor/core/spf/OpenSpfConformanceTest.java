package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.testing.FakeDnsServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every test of the OpenSPF RFC 7208 suite through {@link SpfEvaluator}, over real DNS
 * messages from an in-process server. A list of results means any of them is right; the
 * explanation "DEFAULT" means the domain's exp= text was not used.
 */
class OpenSpfConformanceTest {
    /** Short: TIMEOUT cases wait for it twice (the resolver retries once). */
    private static final Duration TIMEOUT = Duration.ofMillis(700);

    @Test
    void theWholeSuiteIsLoaded() {
        assertThat(OpenSpfSuite.load()).hasSize(203);
    }

    @TestFactory
    Stream<DynamicNode> rfc7208Suite() {
        Map<String, List<OpenSpfSuite.Case>> byScenario = new LinkedHashMap<>();
        for (OpenSpfSuite.Case c : OpenSpfSuite.load()) {
            byScenario.computeIfAbsent(c.scenario(), k -> new java.util.ArrayList<>()).add(c);
        }
        return byScenario.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    private static void run(OpenSpfSuite.Case c) throws Exception {
        try (FakeDnsServer server = new FakeDnsServer()) {
            OpenSpfSuite.serve(c.zone(), server);
            SpfEvaluator evaluator = new SpfEvaluator(new DnsjavaDns(List.of(server.address()), TIMEOUT, 8));
            SpfCheck check = evaluator.checkMailFrom(InetAddress.getByName(c.host()), c.mailFrom(), c.helo())
                    .toCompletableFuture().join();
            assertThat(check.result().label()).as("%s: result (tree %s)", c.name(), check.tree())
                    .isIn(c.results());
            if (c.explanation() != null) {
                String expected = c.explanation();
                assertThat(check.explanation().orElse("DEFAULT")).as("%s: explanation", c.name()).isEqualTo(expected);
            }
        }
    }
}
