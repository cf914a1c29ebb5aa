package dev.maildoctor.core.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.network.ReverseNames;
import java.net.Inet6Address;
import org.junit.jupiter.api.Test;

class TestPointNamesTest {
    @Test
    void ipv6TestPointsAreTheNibblesOfFfff7f00() throws Exception {
        byte[] listed = new byte[16];
        listed[10] = (byte) 0xff;
        listed[11] = (byte) 0xff;
        listed[12] = 0x7f;
        listed[15] = 2;
        byte[] unlisted = listed.clone();
        unlisted[15] = 1;
        assertThat(TestPointProbe.IPV6_LISTED)
                .isEqualTo(ReverseNames.reversedNibbles(Inet6Address.getByAddress(null, listed, -1)));
        assertThat(TestPointProbe.IPV6_NOT_LISTED)
                .isEqualTo(ReverseNames.reversedNibbles(Inet6Address.getByAddress(null, unlisted, -1)));
    }
}
