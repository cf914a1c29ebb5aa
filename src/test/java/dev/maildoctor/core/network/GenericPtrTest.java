package dev.maildoctor.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericPtrTest {
    @ParameterizedTest
    @CsvSource({
            "v153-122-40-105.example.jp, 153.122.40.105, true",
            "105.40.122.153.static.example.net, 153.122.40.105, true",
            "p153122040105-ipngn.example.jp, 153.122.40.105, true",
            "host-99888a69.example.com, 153.136.138.105, true",
            "mail2024.example.com, 192.0.2.20, false",
            "ec2-54-12-34-56.compute-1.amazonaws.com, 54.12.34.56, true",
            "99887766.dyn.example.net, 153.136.119.102, true",
            "dhcp-40-105.pool.example.net, 153.122.40.105, true",
            "mail.example.co.jp, 153.122.40.105, false",
            "mx1.mailhost.example.net, 192.0.2.10, false",
            "smtp-out-2.example.org, 192.0.2.10, false"})
    void recognisesGeneratedNames(String ptr, String ip, boolean generic) throws Exception {
        assertThat(GenericPtr.looksGeneric(ptr, InetAddress.getByName(ip))).isEqualTo(generic);
    }
}
