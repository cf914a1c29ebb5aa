package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dnsbl.catalogue.CodeStatus;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.ReturnCode;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one A answer from a list's zone means: listed (with which codes), not listed, refused by the
 * operator, or an error. Answers outside 127.0.0.0/8 are errors: a resolver that rewrites NXDOMAIN
 * to an advertising page would otherwise make every address look listed.
 */
public record CodeReading(ZoneStatus status, List<String> codes, List<ReturnCode> known, Optional<Msg> reason) {
    public CodeReading {
        codes = List.copyOf(codes);
        known = List.copyOf(known);
    }

    public static CodeReading read(DnsblList list, DnsAnswer answer) {
        switch (answer.outcome()) {
            case NXDOMAIN, NO_DATA:
                return new CodeReading(ZoneStatus.NOT_LISTED, List.of(), List.of(), Optional.empty());
            case ANSWER:
                return readCodes(list, answer.records());
            case TIMEOUT:
                return error(Msg.of("dnsbl.reason.timeout", answer.exchange().resolver()));
            case SERVFAIL:
                return error(Msg.of("dnsbl.reason.servfail", answer.exchange().resolver()));
            case REFUSED:
                return error(Msg.of("dnsbl.reason.rcode_refused", answer.exchange().resolver()));
            case NETWORK_ERROR:
                return error(Msg.of("dnsbl.reason.network", answer.exchange().resolver()));
            default:
                return error(Msg.of("dnsbl.reason.rcode", answer.exchange().rcode()));
        }
    }

    private static CodeReading readCodes(DnsblList list, List<String> codes) {
        List<ReturnCode> known = new ArrayList<>();
        ReturnCode refusal = null;
        for (String code : codes) {
            if (!code.startsWith("127.")) {
                return new CodeReading(ZoneStatus.ERROR, codes, List.of(),
                        Optional.of(Msg.of("dnsbl.reason.not_loopback", code)));
            }
            Optional<ReturnCode> rc = list.code(code);
            rc.ifPresent(known::add);
            if (rc.isPresent() && rc.get().status() == CodeStatus.REFUSED) {
                refusal = rc.get();
            }
        }
        if (refusal != null) {
            return new CodeReading(ZoneStatus.REFUSED, codes, known,
                    Optional.of(Msg.of("dnsbl.reason.operator_refused", refusal.code(), refusal.meaning())));
        }
        return new CodeReading(ZoneStatus.LISTED, codes, known, Optional.empty());
    }

    private static CodeReading error(Msg reason) {
        return new CodeReading(ZoneStatus.ERROR, List.of(), List.of(), Optional.of(reason));
    }
}
