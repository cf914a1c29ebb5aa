package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dnsbl.catalogue.Delisting;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.dnsbl.neighbourhood.Verdict;
import dev.maildoctor.core.model.Actor;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;

/** Turns results into the steps a user has to take, and says who has to take them. */
public final class DnsblFixes {
    private DnsblFixes() {
    }

    public static List<FixStep> forZone(ZoneResult r) {
        List<FixStep> steps = new ArrayList<>();
        switch (r.status()) {
            case LISTED:
                steps.add(FixStep.of(causeActor(r.category()), Msg.of("dnsbl.fix.cause." + r.category().json())));
                Delisting d = r.list().delisting();
                if (d != null) {
                    steps.add(FixStep.withLink(actor(d), Msg.of("dnsbl.fix.delist", r.list().name(), d.procedure()),
                            d.url()));
                }
                break;
            case REFUSED:
                steps.add(r.knownCodes().stream()
                        .filter(c -> c.fix() != null)
                        .findFirst()
                        .map(c -> FixStep.of(Actor.YOU, Msg.of("dnsbl.fix.refused", c.fix())))
                        .orElse(FixStep.of(Actor.YOU, Msg.of("dnsbl.fix.refused.generic"))));
                break;
            case ERROR:
                steps.add(FixStep.of(Actor.YOU, Msg.of("dnsbl.fix.error")));
                break;
            default:
                break;
        }
        return steps;
    }

    public static List<FixStep> forVerdict(Neighbourhood n) {
        if (n.verdict() == Verdict.PROVIDER_RANGE) {
            return List.of(
                    FixStep.of(Actor.YOU, Msg.of("range.fix.delisting_useless")),
                    FixStep.of(Actor.PROVIDER, Msg.of("range.fix.ask_relay")),
                    FixStep.of(Actor.YOU, Msg.of("range.fix.smarthost")),
                    FixStep.of(Actor.YOU, Msg.of("range.fix.spf")),
                    FixStep.of(Actor.YOU, Msg.of("range.fix.move")),
                    FixStep.of(Actor.PROVIDER, Msg.of("range.fix.notify")));
        }
        if (n.verdict() == Verdict.ISOLATED) {
            return List.of(FixStep.of(Actor.YOU, Msg.of("isolated.fix.own_cause")),
                    FixStep.of(Actor.YOU, Msg.of("isolated.fix.then_delist")));
        }
        return List.of();
    }

    private static Actor causeActor(ListCategory category) {
        return category == ListCategory.RANGE || category == ListCategory.ASN || category == ListCategory.POLICY
                ? Actor.PROVIDER : Actor.YOU;
    }

    private static Actor actor(Delisting d) {
        switch (d.actor()) {
            case YOU: return Actor.YOU;
            case PROVIDER: return Actor.PROVIDER;
            default: return Actor.LIST_OPERATOR;
        }
    }

}
