package dev.maildoctor.testing;

import java.util.List;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/** Builds the wire-format reply of a {@link FakeDnsServer} to one query, with an injected fault applied. */
final class FakeReply {
    enum Fault { TIMEOUT, SERVFAIL, REFUSED, TRUNCATE }

    private static final int UDP_LIMIT_WITHOUT_EDNS = 512;

    private FakeReply() {
    }

    static byte[] build(FakeZone zone, Message query, Fault fault, boolean overTcp) {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        Header header = response.getHeader();
        header.setFlag(Flags.QR);
        header.setFlag(Flags.AA);
        header.setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        response.addRecord(question, Section.QUESTION);
        if (fault == Fault.SERVFAIL || fault == Fault.REFUSED) {
            header.setRcode(fault == Fault.SERVFAIL ? Rcode.SERVFAIL : Rcode.REFUSED);
        } else if (fault == Fault.TRUNCATE && !overTcp) {
            header.setFlag(Flags.TC);
        } else {
            FakeZone.Lookup lookup;
            try {
                lookup = zone.lookup(question.getName(), question.getType());
            } catch (RuntimeException e) {
                lookup = new FakeZone.Lookup(Rcode.SERVFAIL, List.of()); // a broken answerUnder function
            }
            header.setRcode(lookup.rcode());
            lookup.answers().forEach(rr -> response.addRecord(rr, Section.ANSWER));
        }
        OPTRecord opt = query.getOPT();
        int udpLimit = opt == null ? UDP_LIMIT_WITHOUT_EDNS : Math.max(UDP_LIMIT_WITHOUT_EDNS, opt.getPayloadSize());
        if (opt != null) {
            response.addRecord(new OPTRecord(udpLimit, 0, 0), Section.ADDITIONAL);
        }
        // Over UDP, an answer too big for the client's buffer loses what does not fit and gets TC.
        return response.toWire(overTcp ? Message.MAXLENGTH : udpLimit);
    }
}
