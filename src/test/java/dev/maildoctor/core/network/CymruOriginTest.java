package dev.maildoctor.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CymruOriginTest {
    @Test
    void parsesOriginAnswer() {
        CymruOrigin o = CymruOrigin.parse("23028 | 216.90.108.0/24 | US | arin | 1998-09-25").orElseThrow();
        assertThat(o.asn()).isEqualTo("23028");
        assertThat(o.prefix()).isEqualTo("216.90.108.0/24");
        assertThat(o.country()).isEqualTo("US");
        assertThat(o.registry()).isEqualTo("arin");
    }

    @Test
    void takesTheFirstOfSeveralOriginAses() {
        assertThat(CymruOrigin.parse("7506 4713 | 153.122.0.0/16 | JP | apnic | 2011-02-01").orElseThrow().asn())
                .isEqualTo("7506");
    }

    @Test
    void parsesHolder() {
        assertThat(CymruOrigin.holder("7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP"))
                .contains("INTERQ GMO Internet,Inc, JP");
    }

    @Test
    void rejectsJunk() {
        assertThat(CymruOrigin.parse("not | cymru")).isEmpty();
        assertThat(CymruOrigin.parse("AS12 | x | y | z")).isEmpty();
        assertThat(CymruOrigin.holder("1 | 2")).isEmpty();
    }
}
