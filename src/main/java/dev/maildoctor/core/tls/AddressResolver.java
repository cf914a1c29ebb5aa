package dev.maildoctor.core.tls;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Turns the probed host and port into the address to connect to. The system resolver is the default;
 * tests map names and well-known ports onto loopback servers.
 */
@FunctionalInterface
public interface AddressResolver {
    InetSocketAddress resolve(String host, int port) throws UnknownHostException;

    static AddressResolver system() {
        return (host, port) -> new InetSocketAddress(InetAddress.getByName(host), port);
    }
}
