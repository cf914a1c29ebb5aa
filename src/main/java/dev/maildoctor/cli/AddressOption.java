package dev.maildoctor.cli;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An {@code --ip} value: an IPv4 or IPv6 literal, never a name (that would be a silent DNS query). */
final class AddressOption {
    private AddressOption() {
    }

    static InetAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        boolean literal = t.matches("[0-9.]+") && t.chars().filter(c -> c == '.').count() == 3
                || t.matches("[0-9a-fA-F:.]+") && t.contains(":");
        if (!literal) {
            throw new InvalidInputException(Msg.of("cli.error.bad_ip", t));
        }
        try {
            return InetAddress.getByName(t); // a literal: parsed, no DNS query
        } catch (UnknownHostException e) {
            throw new InvalidInputException(Msg.of("cli.error.bad_ip", t));
        }
    }
}
