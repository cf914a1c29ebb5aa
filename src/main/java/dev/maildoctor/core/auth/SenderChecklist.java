package dev.maildoctor.core.auth;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.spf.SpfResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirements Google and Yahoo set for bulk senders in February 2024, judged from the
 * findings: SPF, DKIM, DMARC with at least p=none, alignment, forward-confirmed reverse DNS, TLS,
 * and one-click unsubscribe. What the checks run cannot tell stays UNKNOWN, never PASS.
 */
public final class SenderChecklist {
    /** Google's minimum DKIM key size; 2048 bits is what both providers recommend. */
    static final int MIN_BITS = 1024;
    static final int RECOMMENDED_BITS = 2048;

    private SenderChecklist() {
    }

    public static List<ChecklistItem> derive(SenderFacts facts) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(spf(facts));
        items.add(dkim(facts));
        items.add(dmarc(facts));
        items.add(alignment(facts));
        items.add(ptr(facts));
        items.add(tls(facts));
        items.add(new ChecklistItem("unsubscribe", Status.UNKNOWN, Msg.of("auth.checklist.unsubscribe")));
        return List.copyOf(items);
    }

    private static ChecklistItem spf(SenderFacts f) {
        if (f.spfResult().isPresent()) {
            SpfResult r = f.spfResult().get();
            Status s = switch (r) {
                case PASS -> Status.PASS;
                case TEMPERROR -> Status.UNKNOWN;
                case NEUTRAL, SOFTFAIL -> Status.WARN;
                default -> Status.FAIL;
            };
            return new ChecklistItem("spf", s, Msg.of(s == Status.PASS ? "auth.checklist.spf_pass"
                    : "auth.checklist.spf_not_pass", r.label()));
        }
        return switch (f.spfRecord()) {
            case PASS, INFO, WARN -> new ChecklistItem("spf", Status.PASS, Msg.of("auth.checklist.spf_record"));
            case UNKNOWN -> new ChecklistItem("spf", Status.UNKNOWN, Msg.of("auth.checklist.spf_unknown"));
            default -> new ChecklistItem("spf", Status.FAIL, Msg.of("auth.checklist.spf_invalid"));
        };
    }

    private static ChecklistItem dkim(SenderFacts f) {
        if (f.dkimBits().isEmpty()) {
            Status s = f.dkimLookup() == Status.FAIL ? Status.FAIL : Status.UNKNOWN;
            return new ChecklistItem("dkim", s, Msg.of(s == Status.FAIL ? "auth.checklist.dkim_missing"
                    : "auth.checklist.dkim_unknown"));
        }
        int bits = f.dkimBits().get();
        if (bits < MIN_BITS) {
            return new ChecklistItem("dkim", Status.FAIL, Msg.of("auth.checklist.dkim_weak", bits, MIN_BITS));
        }
        if (bits < RECOMMENDED_BITS) {
            return new ChecklistItem("dkim", Status.WARN, Msg.of("auth.checklist.dkim_short", bits, RECOMMENDED_BITS));
        }
        return new ChecklistItem("dkim", Status.PASS, Msg.of("auth.checklist.dkim_ok", bits));
    }

    private static ChecklistItem dmarc(SenderFacts f) {
        if (f.dmarcPolicy().isPresent()) {
            return new ChecklistItem("dmarc", Status.PASS, Msg.of("auth.checklist.dmarc_ok",
                    f.dmarcPolicy().get().json()));
        }
        if (f.dmarcStatus() == Status.UNKNOWN) {
            return new ChecklistItem("dmarc", Status.UNKNOWN, Msg.of("auth.checklist.dmarc_unknown"));
        }
        return new ChecklistItem("dmarc", Status.FAIL, Msg.of("auth.checklist.dmarc_missing"));
    }

    /** DMARC passes only when SPF or DKIM authenticates the From: domain itself (or its organisation). */
    private static ChecklistItem alignment(SenderFacts f) {
        boolean spf = f.spfResult().map(r -> r == SpfResult.PASS).orElse(f.spfRecord() != Status.FAIL
                && f.spfRecord() != Status.UNKNOWN);
        boolean dkim = f.dkimBits().isPresent();
        if (f.dmarcPolicy().isEmpty()) {
            Status s = f.dmarcStatus() == Status.UNKNOWN ? Status.UNKNOWN : Status.FAIL;
            return new ChecklistItem("alignment", s, Msg.of("auth.checklist.alignment_no_dmarc"));
        }
        if (spf || dkim) {
            return new ChecklistItem("alignment", Status.PASS, Msg.of("auth.checklist.alignment_ok"));
        }
        return new ChecklistItem("alignment", Status.WARN, Msg.of("auth.checklist.alignment_none"));
    }

    private static ChecklistItem ptr(SenderFacts f) {
        if (f.ptr().isEmpty()) {
            return new ChecklistItem("ptr", Status.UNKNOWN, Msg.of("auth.checklist.ptr_no_ip"));
        }
        return switch (f.ptr().get()) {
            case CONFIRMED -> new ChecklistItem("ptr", Status.PASS, Msg.of("auth.checklist.ptr_ok"));
            case UNKNOWN -> new ChecklistItem("ptr", Status.UNKNOWN, Msg.of("auth.checklist.ptr_unknown"));
            default -> new ChecklistItem("ptr", Status.FAIL, Msg.of("auth.checklist.ptr_missing"));
        };
    }

    private static ChecklistItem tls(SenderFacts f) {
        if (f.tls().isEmpty()) {
            return new ChecklistItem("tls", Status.UNKNOWN, Msg.of("auth.checklist.tls_not_probed"));
        }
        Status s = f.tls().get() == Status.INFO ? Status.PASS : f.tls().get();
        return new ChecklistItem("tls", s, Msg.of(s == Status.PASS ? "auth.checklist.tls_ok" : "auth.checklist.tls_problem"));
    }
}
