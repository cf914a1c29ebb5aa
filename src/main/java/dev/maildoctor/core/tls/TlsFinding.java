package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;

/** One verdict of a TLS probe, with the text that explains it. */
public record TlsFinding(TlsCheck check, Status status, Msg message) {
    static TlsFinding of(TlsCheck check, Status status, String key, Object... args) {
        return new TlsFinding(check, status, Msg.of(key, args));
    }
}
