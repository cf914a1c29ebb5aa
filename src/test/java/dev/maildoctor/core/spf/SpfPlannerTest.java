package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.relay.RelayTarget;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpfPlannerTest {
    private static final RelayTarget RELAY = RelayTarget.parse("relay.example.net:587");

    private FakeDnsServer server;
    private SpfPlanner planner;

    @BeforeEach
    void start() {
        server = new FakeDnsServer();
        server.add("relay.example.net", "A", "192.0.2.25").add("relay.example.net", "AAAA", "2001:db8::25");
        planner = new SpfPlanner(new DnsjavaDns(List.of(server.address()), Duration.ofMillis(500), 16));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SpfChange plan(String domain, RelayTarget relay, Optional<String> include) {
        return planner.forRelay(domain, relay, include).toCompletableFuture().join();
    }

    private SpfChange plan(Optional<String> include) {
        return plan("example.com", RELAY, include);
    }

    private static List<String> keys(SpfChange change) {
        return change.notes().stream().map(Msg::key).toList();
    }

    @Test
    void withoutARecordProposesANewOneWithTheRelayAddresses() {
        server.add("example.com", "TXT", "google-site-verification=abc");
        SpfChange change = plan(Optional.empty());

        assertThat(change.current()).isEmpty();
        assertThat(change.proposed()).isEqualTo("v=spf1 mx ip4:192.0.2.25 ip6:2001:db8::25 ~all");
        assertThat(change.added()).containsExactly("ip4:192.0.2.25", "ip6:2001:db8::25");
        assertThat(change.lookups()).isEqualTo(1);
        assertThat(change.strings()).containsExactly(change.proposed());
        assertThat(change.bindLine())
                .isEqualTo("example.com. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.25 ip6:2001:db8::25 ~all\"");
        assertThat(change.notes()).contains(Msg.of("spf.change.new_record", "example.com"),
                Msg.of("spf.change.prefer_include", "relay.example.net"), Msg.of("spf.change.raise_serial"),
                Msg.of("spf.change.ttl", 3600));
    }

    @Test
    void aMissingDomainIsNotedAsSuch() {
        assertThat(keys(plan("nowhere.example", RELAY, Optional.empty()))).contains("spf.change.no_domain");
    }

    @Test
    void addsTheIncludeBeforeAllAndCountsItsLookups() {
        server.add("example.com", "TXT", "v=spf1 a mx -all")
                .add("_spf.relay.example", "TXT", "v=spf1 ip4:192.0.2.0/24 a:out.relay.example -all");
        SpfChange change = plan(Optional.of("_SPF.relay.example."));

        assertThat(change.current()).contains("v=spf1 a mx -all");
        assertThat(change.proposed()).isEqualTo("v=spf1 a mx include:_spf.relay.example -all");
        assertThat(change.added()).containsExactly("include:_spf.relay.example");
        assertThat(change.lookups()).isEqualTo(4); // a, mx, include and the include's a
        assertThat(keys(change)).doesNotContain("spf.change.prefer_include", "spf.change.near_limit")
                .contains("spf.change.raise_serial", "spf.change.ttl");
        assertThat(server.queryCount("relay.example.net")).isZero();
    }

    @Test
    void anAddressLiteralRelayIsUsedDirectly() {
        server.add("example.com", "TXT", "v=spf1 mx -all");
        SpfChange v4 = plan("example.com", RelayTarget.parse("198.51.100.7"), Optional.empty());
        SpfChange v6 = plan("example.com", RelayTarget.parse("[2001:DB8::7]:465"), Optional.empty());

        assertThat(v4.proposed()).isEqualTo("v=spf1 mx ip4:198.51.100.7 -all");
        assertThat(v6.proposed()).isEqualTo("v=spf1 mx ip6:2001:db8::7 -all");
        assertThat(server.queryCount("relay.example.net")).isZero();
    }

    @Test
    void severalRecordsAreAnErrorAndTheFirstIsTheBase() {
        server.add("example.com", "TXT", "v=spf1 mx -all").add("example.com", "TXT", "v=spf1 a ~all");
        SpfChange change = plan(Optional.empty());

        assertThat(change.notes()).contains(Msg.of("spf.change.several_records", "example.com", 2));
        assertThat(change.current()).contains("v=spf1 mx -all");
        assertThat(change.proposed()).isEqualTo("v=spf1 mx ip4:192.0.2.25 ip6:2001:db8::25 -all");
    }

    @Test
    void aRecordThatAlreadyCoversTheRelayIsLeftAlone() {
        server.add("example.com", "TXT", "v=spf1 mx ip4:192.0.2.0/24 ip6:2001:db8::/32 -all");
        SpfChange change = plan(Optional.empty());

        assertThat(change.added()).isEmpty();
        assertThat(change.proposed()).isEqualTo(change.current().orElseThrow());
        assertThat(change.notes()).contains(
                Msg.of("spf.change.already_covered", "ip4:192.0.2.25 ip6:2001:db8::25"));
        assertThat(keys(change)).doesNotContain("spf.change.raise_serial", "spf.change.ttl");
    }

    @Test
    void onlyTheUncoveredAddressIsAddedAndAFailingTermDoesNotCover() {
        server.add("example.com", "TXT", "v=spf1 mx ip4:192.0.2.25 -ip6:2001:db8::25 -all");
        SpfChange change = plan(Optional.empty());

        assertThat(change.added()).containsExactly("ip6:2001:db8::25");
        assertThat(change.proposed()).isEqualTo("v=spf1 mx ip4:192.0.2.25 -ip6:2001:db8::25 ip6:2001:db8::25 -all");
    }

    @Test
    void anIncludeAlreadyPresentIsCoveredWhateverItsCase() {
        server.add("example.com", "TXT", "v=spf1 include:_SPF.Relay.Example. ~all")
                .add("_spf.relay.example", "TXT", "v=spf1 ip4:192.0.2.0/24 -all");
        SpfChange change = plan(Optional.of("_spf.relay.example"));

        assertThat(change.added()).isEmpty();
        assertThat(keys(change)).contains("spf.change.already_covered");
        assertThat(change.lookups()).isEqualTo(1);
    }

    @Test
    void redirectKeepsItsPlaceAndIsFollowedForTheCount() {
        server.add("example.com", "TXT", "v=spf1 mx redirect=_spf.example.com")
                .add("_spf.example.com", "TXT", "v=spf1 a include:_spf.isp.example -all")
                .add("_spf.isp.example", "TXT", "v=spf1 ip4:203.0.113.0/24 -all");
        SpfChange change = plan(Optional.empty());

        assertThat(change.proposed())
                .isEqualTo("v=spf1 mx ip4:192.0.2.25 ip6:2001:db8::25 redirect=_spf.example.com");
        assertThat(change.lookups()).isEqualTo(4); // mx, redirect, a, include
    }

    @Test
    void redirectIsNotCountedWhenTheRecordHasAll() {
        server.add("example.com", "TXT", "v=spf1 mx -all redirect=_spf.example.com")
                .add("_spf.example.com", "TXT", "v=spf1 a a a -all");
        assertThat(plan(Optional.empty()).lookups()).isEqualTo(1);
    }

    @Test
    void includeLoopsAreCountedOnceAndNoted() {
        server.add("example.com", "TXT", "v=spf1 include:a.example -all")
                .add("a.example", "TXT", "v=spf1 include:b.example -all")
                .add("b.example", "TXT", "v=spf1 include:a.example include:example.com -all");
        SpfChange change = plan(Optional.empty());

        assertThat(change.lookups()).isEqualTo(4);
        assertThat(change.notes()).contains(
                Msg.of("spf.change.include_loop", "a.example", "example.com > a.example > b.example"),
                Msg.of("spf.change.include_loop", "example.com", "example.com > a.example > b.example"));
        assertThat(server.queryCount("a.example")).isEqualTo(1);
    }

    @Test
    void overTheLimitAndNearIt() {
        server.add("example.com", "TXT", "v=spf1 mx include:one.example include:two.example ~all")
                .add("one.example", "TXT", "v=spf1 a a a a -all")
                .add("two.example", "TXT", "v=spf1 a ptr exists:%{i}.x.example -all");
        SpfChange over = plan(Optional.of("three.example"));
        // mx, 3 includes, 4 + 3 inside, three.example has no record: 11
        assertThat(over.lookups()).isEqualTo(11);
        assertThat(over.notes()).contains(Msg.of("spf.change.too_many_lookups", 11, 10),
                Msg.of("spf.change.include_missing", "three.example"));

        server.add("near.example", "TXT", "v=spf1 mx include:one.example a ~all");
        SpfChange near = plan("near.example", RELAY, Optional.empty());
        assertThat(near.lookups()).isEqualTo(7);
        assertThat(keys(near)).doesNotContain("spf.change.near_limit", "spf.change.too_many_lookups");
        server.add("eight.example", "TXT", "v=spf1 mx include:one.example a a ~all");
        assertThat(plan("eight.example", RELAY, Optional.empty()).notes())
                .contains(Msg.of("spf.change.near_limit", 8, 10));
    }

    @Test
    void aFailingIncludeIsCountedAndNoted() {
        server.add("example.com", "TXT", "v=spf1 include:broken.example mx -all").servfail("broken.example");
        SpfChange change = plan(Optional.empty());

        assertThat(change.lookups()).isEqualTo(2);
        assertThat(change.notes()).contains(Msg.of("spf.change.include_failed", "broken.example", "servfail"));
    }

    @Test
    void plusAllAndNeutralAllAreProblems() {
        server.add("example.com", "TXT", "v=spf1 mx all").add("example.net", "TXT", "v=spf1 mx ?all");
        assertThat(plan(Optional.empty()).notes()).contains(Msg.of("spf.change.plus_all", "all"));
        assertThat(keys(plan("example.net", RELAY, Optional.empty()))).contains("spf.change.neutral_all");
        assertThat(keys(plan("example.net", RELAY, Optional.empty()))).doesNotContain("spf.change.plus_all");
    }

    @Test
    void aRecordOver255And510CharactersIsSplitIntoStringsThatReassembleExactly() {
        String current = SpfStringsTest.recordOfLength(480); // published as two strings
        server.add("example.com", "TXT", current);
        SpfChange change = plan(Optional.empty());

        assertThat(change.current()).contains(current);
        assertThat(change.proposed().length()).isGreaterThan(510);
        assertThat(change.strings()).hasSize(3).allMatch(s -> s.length() <= 255);
        assertThat(String.join("", change.strings())).isEqualTo(change.proposed());
        assertThat(change.bindLine()).startsWith("example.com. 3600 IN TXT \"v=spf1 ")
                .contains("\" \"").endsWith(" -all\"");

        server.add("short.example", "TXT", SpfStringsTest.recordOfLength(240));
        SpfChange two = plan("short.example", RELAY, Optional.empty());
        assertThat(two.proposed().length()).isBetween(256, 510);
        assertThat(two.strings()).hasSize(2);
        assertThat(String.join("", two.strings())).isEqualTo(two.proposed());
    }

    @Test
    void aRecordPublishedAsSeveralStringsIsReadJoined() {
        server.add("example.com", "TXT", "\"v=spf1 mx \" \"include:_spf.isp.example -all\"")
                .add("_spf.isp.example", "TXT", "v=spf1 -all");
        SpfChange change = plan(Optional.empty());
        assertThat(change.current()).contains("v=spf1 mx include:_spf.isp.example -all");
        assertThat(change.lookups()).isEqualTo(2);
    }

    @Test
    void anUnreadableRecordStillGivesAMarkedProposal() {
        server.servfail("example.com");
        SpfChange change = plan(Optional.empty());

        assertThat(change.current()).isEmpty();
        assertThat(change.proposed()).isEqualTo("v=spf1 mx ip4:192.0.2.25 ip6:2001:db8::25 ~all");
        assertThat(change.notes().get(0)).isEqualTo(Msg.of("spf.change.current_unreadable", "example.com", "servfail"));
        assertThat(keys(change)).doesNotContain("spf.change.new_record");
    }

    @Test
    void aTimeoutOfTheRelayAddressesIsNoted() {
        server.add("example.com", "TXT", "v=spf1 mx -all");
        server.add("slow.example.net", "A", "192.0.2.98").timeout("slow.example.net");
        SpfChange unresolved = plan("example.com", RelayTarget.parse("slow.example.net"), Optional.empty());
        assertThat(unresolved.added()).isEmpty();
        assertThat(unresolved.proposed()).isEqualTo("v=spf1 mx -all");
        assertThat(unresolved.notes()).contains(
                Msg.of("spf.change.relay_lookup_failed", "slow.example.net", "A", "timeout"),
                Msg.of("spf.change.relay_unresolved", "slow.example.net"));
    }

    @Test
    void badInputIsRejectedBeforeAnyQuery() {
        assertThatThrownBy(() -> planner.forRelay("exa mple.com", RELAY, Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.msg().key()).isEqualTo("spf.input.bad_domain"));
        assertThatThrownBy(() -> planner.forRelay("example.com", RELAY, Optional.of("_spf relay")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.msg().key()).isEqualTo("spf.input.bad_include"));
        assertThat(server.queries()).isEmpty();
    }
}
