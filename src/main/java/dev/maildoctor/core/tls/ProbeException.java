package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Msg;

/** Stops a probe run; carries what failed, in which protocol stage, and the technical detail. */
final class ProbeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final TlsFailure failure;
    private final transient Msg stage;
    private final String detail;

    ProbeException(TlsFailure failure, Msg stage, String detail, Throwable cause) {
        super(failure + ": " + detail, cause);
        this.failure = failure;
        this.stage = stage;
        this.detail = detail == null ? "" : detail;
    }

    TlsFailure failure() {
        return failure;
    }

    Msg stage() {
        return stage;
    }

    String detail() {
        return detail;
    }
}
