package dev.maildoctor.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dmarc.DmarcPolicy;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Fcrdns;
import dev.maildoctor.core.spf.SpfResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SenderChecklistTest {
    private static Map<String, ChecklistItem> items(SenderFacts facts) {
        Map<String, ChecklistItem> byId = new LinkedHashMap<>();
        SenderChecklist.derive(facts).forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    private static SenderFacts good() {
        return new SenderFacts(Optional.of(SpfResult.PASS), Status.PASS, Optional.of(2048), Status.PASS,
                Optional.of(DmarcPolicy.NONE), Status.PASS, Optional.of(Fcrdns.CONFIRMED), Optional.of(Status.PASS));
    }

    @Test
    void aWellConfiguredSenderPassesEverythingButTheUnsubscribeTest() {
        Map<String, ChecklistItem> items = items(good());
        assertThat(items.keySet()).containsExactly("spf", "dkim", "dmarc", "alignment", "ptr", "tls", "unsubscribe");
        assertThat(items.values().stream().filter(i -> !i.id().equals("unsubscribe")).map(ChecklistItem::status))
                .containsOnly(Status.PASS);
        assertThat(items.get("unsubscribe").status()).isEqualTo(Status.UNKNOWN);
        assertThat(items.get("unsubscribe").message().key()).isEqualTo("auth.checklist.unsubscribe");
        assertThat(items.get("dkim").message().args()).containsExactly(2048);
    }

    @Test
    void whatWasNotCheckedStaysUnknown() {
        SenderFacts facts = new SenderFacts(Optional.empty(), Status.PASS, Optional.empty(), Status.UNKNOWN,
                Optional.of(DmarcPolicy.REJECT), Status.PASS, Optional.empty(), Optional.empty());
        Map<String, ChecklistItem> items = items(facts);
        assertThat(items.get("spf").status()).isEqualTo(Status.PASS);
        assertThat(items.get("spf").message().key()).isEqualTo("auth.checklist.spf_record");
        assertThat(items.get("dkim").status()).isEqualTo(Status.UNKNOWN);
        assertThat(items.get("ptr").status()).isEqualTo(Status.UNKNOWN);
        assertThat(items.get("tls").status()).isEqualTo(Status.UNKNOWN);
        assertThat(items.get("alignment").status()).isEqualTo(Status.PASS);
    }

    @Test
    void failuresAreNamed() {
        SenderFacts facts = new SenderFacts(Optional.of(SpfResult.SOFTFAIL), Status.PASS, Optional.of(512),
                Status.FAIL, Optional.empty(), Status.FAIL, Optional.of(Fcrdns.MISMATCH), Optional.of(Status.WARN));
        Map<String, ChecklistItem> items = items(facts);
        assertThat(items.get("spf").status()).isEqualTo(Status.WARN);
        assertThat(items.get("dkim").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("dkim").message().key()).isEqualTo("auth.checklist.dkim_weak");
        assertThat(items.get("dmarc").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("alignment").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("ptr").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("tls").status()).isEqualTo(Status.WARN);
    }

    @Test
    void shortKeysWarnAndMissingNamedSelectorsFail() {
        SenderFacts shortKey = new SenderFacts(Optional.of(SpfResult.FAIL), Status.PASS, Optional.of(1024),
                Status.PASS, Optional.of(DmarcPolicy.QUARANTINE), Status.PASS, Optional.of(Fcrdns.UNKNOWN),
                Optional.empty());
        Map<String, ChecklistItem> items = items(shortKey);
        assertThat(items.get("spf").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("dkim").status()).isEqualTo(Status.WARN);
        assertThat(items.get("ptr").status()).isEqualTo(Status.UNKNOWN);
        assertThat(items.get("alignment").status()).isEqualTo(Status.PASS);

        SenderFacts noKey = new SenderFacts(Optional.empty(), Status.FAIL, Optional.empty(), Status.FAIL,
                Optional.of(DmarcPolicy.NONE), Status.WARN, Optional.empty(), Optional.empty());
        List<ChecklistItem> list = SenderChecklist.derive(noKey);
        assertThat(list.get(0).status()).isEqualTo(Status.FAIL);
        assertThat(list.get(1).message().key()).isEqualTo("auth.checklist.dkim_missing");
        assertThat(list.get(3).status()).isEqualTo(Status.WARN);
    }
}
