package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Msg;

/** Protocol stages named in messages ("no answer during ..."). */
final class Stage {
    static final Msg CONNECT = Msg.of("tls.stage.connect");
    static final Msg GREETING = Msg.of("tls.stage.greeting");
    static final Msg EHLO = Msg.of("tls.stage.ehlo");
    static final Msg STARTTLS = Msg.of("tls.stage.starttls");
    static final Msg HANDSHAKE = Msg.of("tls.stage.handshake");

    private Stage() {
    }
}
