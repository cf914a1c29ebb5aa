package dev.maildoctor.core.dkim;

import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;

/** Turns what DNS said about one selector into its result. */
final class SelectorJudge {
    private SelectorJudge() {
    }

    static SelectorResult judge(SelectorCandidate candidate, SelectorAnswer answer) {
        SelectorSource source = candidate.primarySource();
        if (answer.outcome() == DnsOutcome.ANSWER) {
            return withKey(candidate, answer, source == SelectorSource.MESSAGE);
        }
        if (!answer.outcome().isDefinite()) {
            return result(candidate, answer, KeyState.LOOKUP_FAILED, Status.UNKNOWN,
                    List.of(Msg.of("dkim.selector.lookup_failed", answer.outcome().name())));
        }
        List<Msg> problems = new ArrayList<>();
        Status status = switch (source) {
            case MESSAGE -> Status.FAIL;
            case USER -> Status.WARN;
            case PROVIDER -> Status.INFO;
        };
        problems.add(switch (source) {
            case MESSAGE -> Msg.of("dkim.selector.signing_key_missing", candidate.selector(), candidate.domain());
            case USER -> Msg.of("dkim.selector.not_published");
            case PROVIDER -> Msg.of("dkim.selector.not_found");
        });
        if (!answer.cnameChain().isEmpty()) {
            // Someone set the delegation up, so it is meant to work: typically DKIM was never enabled
            // at the provider (Microsoft 365 creates the target only then).
            String last = answer.cnameChain().get(answer.cnameChain().size() - 1);
            problems.add(0, Msg.of("dkim.selector.cname_dangling", last));
            status = StatusRank.worse(status, Status.WARN);
        }
        return result(candidate, answer, KeyState.NOT_FOUND, status, problems);
    }

    private static SelectorResult withKey(SelectorCandidate candidate, SelectorAnswer answer, boolean signedWith) {
        KeyVerdict verdict = KeyRecordCheck.check(answer.records().get(0), signedWith);
        List<Msg> problems = new ArrayList<>();
        Status status = verdict.status();
        if (answer.records().size() > 1) {
            // RFC 6376 3.6.2.2 lets verifiers pick any one; results then differ from receiver to receiver.
            problems.add(Msg.of("dkim.key.multiple_records", answer.records().size()));
            status = Status.FAIL;
        }
        problems.addAll(verdict.problems());
        KeyState state = verdict.revoked() ? KeyState.REVOKED : KeyState.FOUND;
        return new SelectorResult(candidate, state, status, answer.cnameChain(), verdict.keyType(), verdict.keyBits(),
                verdict.testing(), verdict.strict(), verdict.notes(), answer.records(), problems, answer.evidence());
    }

    private static SelectorResult result(SelectorCandidate candidate, SelectorAnswer answer, KeyState state,
                                         Status status, List<Msg> problems) {
        return new SelectorResult(candidate, state, status, answer.cnameChain(), null, null, false, false, null,
                List.of(), problems, answer.evidence());
    }
}
