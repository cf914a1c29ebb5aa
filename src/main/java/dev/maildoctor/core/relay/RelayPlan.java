package dev.maildoctor.core.relay;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.recipients.RecipientDomain;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link RelayRequest} checked for everything that would corrupt a Postfix file, with the
 * domains in canonical ASCII form, without duplicates and sorted (so that the generated file is
 * the same whatever order the domains were collected in, and diffs well against an existing one).
 */
record RelayPlan(RelayTarget relay, List<String> domains, Optional<String> saslUser, Optional<String> password) {
    /** The master.cf service for a port-465 relay (wrapper mode must not apply to other destinations). */
    static final String WRAPPER_TRANSPORT = "smtps-relay";

    static RelayPlan of(RelayRequest request) {
        if (request.relay() == null) {
            throw new InvalidInputException(Msg.of("relay.input.empty"));
        }
        if (request.domains().isEmpty()) {
            throw new InvalidInputException(Msg.of("relay.input.no_domains"));
        }
        TreeSet<String> domains = new TreeSet<>();
        for (RecipientDomain d : request.domains()) {
            domains.add(recipientDomain(d == null ? "" : d.ascii()));
        }
        Optional<String> user = request.saslUser().map(RelayPlan::user);
        Optional<String> password = request.password().map(RelayPlan::password);
        if (password.isPresent() && user.isEmpty()) {
            throw new InvalidInputException(Msg.of("relay.input.password_without_user"));
        }
        return new RelayPlan(request.relay(), List.copyOf(domains), user, password);
    }

    /** The transport-map value: {@code smtp:[relay.example.net]:587}. */
    String nexthop() {
        return transportName() + ":" + relay.postfix();
    }

    String transportName() {
        return relay.implicitTls() ? WRAPPER_TRANSPORT : "smtp";
    }

    @Override
    public String toString() {
        return "RelayPlan[relay=" + relay + ", domains=" + domains.size() + ", saslUser=" + saslUser
                + ", password=" + (password.isPresent() ? "(given)" : "(none)") + "]";
    }

    private static String recipientDomain(String ascii) {
        String text = ascii == null ? "" : ascii;
        String domain = HostSyntax.domain(text, "relay.input.bad_domain");
        if (domain.indexOf('.') < 0) {
            throw new InvalidInputException(Msg.of("relay.input.bad_domain", text));
        }
        return domain;
    }

    private static String user(String user) {
        // Postfix splits "user:password" at the first colon and ends the key at whitespace; '#' is
        // harmless here because it starts a comment only at the beginning of a line.
        if (user.isEmpty() || user.indexOf(':') >= 0 || HostSyntax.hasUnsafeCharacter(user.replace("#", ""))) {
            throw new InvalidInputException(Msg.of("relay.input.bad_user", HostSyntax.printable(user)));
        }
        return user;
    }

    private static String password(String password) {
        // Never echo the password. Postfix trims the value, so outer whitespace would be lost silently.
        if (password.isEmpty() || !password.strip().equals(password)
                || password.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(Msg.of("relay.input.bad_password"));
        }
        return password;
    }
}
