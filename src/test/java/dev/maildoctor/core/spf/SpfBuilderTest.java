package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpfBuilderTest {
    private static SpfBuilder.Result offline(String current, List<String> add, List<String> remove, String all) {
        return new SpfBuilder(Optional.empty()).build(new SpfBuilder.Request(Optional.empty(), Optional.ofNullable(current),
                add, remove, Optional.ofNullable(all))).toCompletableFuture().join();
    }

    private static List<String> keys(SpfBuilder.Result r) {
        return r.notes().stream().map(Msg::key).toList();
    }

    @Test
    void addsBeforeModifiersAndKeepsAllLast() {
        SpfBuilder.Result r = offline("v=spf1 -all mx exp=explain.example.com", List.of("ip4:192.0.2.0/24",
                "include:_spf.example.net"), List.of(), "~all");
        assertThat(r.record()).isEqualTo("v=spf1 mx ip4:192.0.2.0/24 include:_spf.example.net exp=explain.example.com ~all");
        assertThat(r.lookups()).isEqualTo(2);
        assertThat(r.throughIncludes()).isFalse();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.strings()).containsExactly(r.record());
        assertThat(r.zoneLine()).isEqualTo("@ 3600 IN TXT \"" + r.record() + "\"");
        assertThat(r.formValue()).isEqualTo(r.record());
        assertThat(keys(r)).contains("spf.build.own_terms_only");
    }

    @Test
    void removesWithImpliedPlusAndReportsWhatIsMissingOrDuplicate() {
        SpfBuilder.Result r = offline("v=spf1 +a mx include:old.example.net ~all",
                List.of("mx", "ip6:2001:db8::/32"), List.of("a", "INCLUDE:old.example.net", "ptr"), null);
        assertThat(r.record()).isEqualTo("v=spf1 mx ip6:2001:db8::/32 ~all");
        assertThat(keys(r)).contains("spf.build.already_present", "spf.build.not_present");
        assertThat(r.lookups()).isEqualTo(1);
    }

    @Test
    void startsFromNothingAndRejectsBadInput() {
        SpfBuilder.Result r = offline(null, List.of("ip4:198.51.100.7"), List.of(), "-all");
        assertThat(r.record()).isEqualTo("v=spf1 ip4:198.51.100.7 -all");
        assertThat(keys(r)).contains("spf.build.new_record");
        assertThatThrownBy(() -> offline(null, List.of("ip4:300.1.1.1"), List.of(), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offline(null, List.of("all"), List.of(), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offline("spf1 mx", List.of(), List.of(), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offline(null, List.of(), List.of(), "+any")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ownTermsOverTheLimitAreAnErrorAndNearItAWarning() {
        String eight = "v=spf1 a mx include:a.example include:b.example include:c.example include:d.example "
                + "include:e.example include:f.example ~all";
        assertThat(offline(eight, List.of(), List.of(), null).status()).isEqualTo(Status.WARN);
        SpfBuilder.Result over = offline(eight, List.of("include:g.example", "include:h.example", "exists:i.example"),
                List.of(), null);
        assertThat(over.lookups()).isEqualTo(11);
        assertThat(over.status()).isEqualTo(Status.FAIL);
        assertThat(keys(over)).contains("spf.change.too_many_lookups");
        assertThat(over.record()).contains("include:a.example").doesNotContain("ip4:"); // never flattened
    }

    @Test
    void longRecordsAreSplitIntoStrings() {
        List<String> terms = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            terms.add("ip4:198.51.100." + i);
        }
        SpfBuilder.Result r = offline("v=spf1 -all", terms, List.of(), null);
        assertThat(r.strings()).hasSizeGreaterThan(1);
        assertThat(String.join("", r.strings())).isEqualTo(r.record());
        assertThat(keys(r)).contains("spf.build.several_strings");
    }

    @Test
    void readsThePublishedRecordAndCountsThroughIncludes() {
        try (FakeDnsServer server = new FakeDnsServer()) {
            server.add("example.com", "TXT", "v=spf1 include:_spf.provider.example ~all")
                    .add("_spf.provider.example", "TXT", "v=spf1 include:a.provider.example include:b.provider.example ~all")
                    .add("a.provider.example", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
                    .add("b.provider.example", "TXT", "v=spf1 a mx ~all");
            SpfBuilder builder = new SpfBuilder(Optional.of(new DnsjavaDns(List.of(server.address()),
                    Duration.ofMillis(500), 16)));
            SpfBuilder.Result r = builder.build(new SpfBuilder.Request(Optional.of("Example.com."), Optional.empty(),
                    List.of("ip4:203.0.113.9"), List.of(), Optional.of("-all"))).toCompletableFuture().join();
            assertThat(r.previous()).contains("v=spf1 include:_spf.provider.example ~all");
            assertThat(r.record()).isEqualTo("v=spf1 include:_spf.provider.example ip4:203.0.113.9 -all");
            assertThat(r.lookups()).isEqualTo(5);
            assertThat(r.throughIncludes()).isTrue();
            assertThat(r.zoneLine()).startsWith("example.com. 3600 IN TXT \"v=spf1 include:");
        }
    }
}
