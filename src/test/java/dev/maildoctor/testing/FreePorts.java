package dev.maildoctor.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;

/** Ports on 127.0.0.1 that are free for both TCP and UDP, as DNS servers need both. */
final class FreePorts {
    /** 127.0.0.1 itself: getLoopbackAddress() is ::1 when Java prefers IPv6, and the daemons bind IPv4. */
    static final InetAddress LOOPBACK = ipv4Loopback();

    private FreePorts() {
    }

    /**
     * A port free right now; the daemon binds it moments later, so a caller must retry when another
     * process took it in between (see {@link DaemonProcess#launch}).
     */
    static int pick() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK)) {
                if (udpFree(tcp.getLocalPort())) {
                    return tcp.getLocalPort();
                }
            }
        }
        throw new IOException("no port on 127.0.0.1 is free for both TCP and UDP");
    }

    private static boolean udpFree(int port) {
        try {
            new DatagramSocket(new InetSocketAddress(LOOPBACK, port)).close();
            return true;
        } catch (SocketException taken) {
            return false;
        }
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
