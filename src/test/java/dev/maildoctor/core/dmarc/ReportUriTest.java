package dev.maildoctor.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dmarc.ReportUri.Kind;
import org.junit.jupiter.api.Test;

class ReportUriTest {

    @Test
    void mailtoWithSizeLimit() {
        ReportUri uri = ReportUri.parse("MAILTO:Dmarc@Reports.Example.NET!10M");
        assertThat(uri.kind()).isEqualTo(Kind.MAILTO);
        assertThat(uri.scheme()).isEqualTo("mailto");
        assertThat(uri.address()).isEqualTo("Dmarc@reports.example.net");
        assertThat(uri.domain()).isEqualTo("reports.example.net");
        assertThat(uri.sizeLimit()).isEqualTo("10m");
        assertThat(ReportUri.parse("mailto:a@example.com!500").sizeLimit()).isEqualTo("500");
        assertThat(ReportUri.parse("mailto:a@example.com").sizeLimit()).isNull();
    }

    @Test
    void percentEncodingAndInternationalDomains() {
        assertThat(ReportUri.parse("mailto:a%2Bdmarc@example.com").address()).isEqualTo("a+dmarc@example.com");
        assertThat(ReportUri.parse("mailto:d@bücher.example").domain()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void brokenUris() {
        assertThat(ReportUri.parse("dmarc@example.com").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("__mailto:a@example.com").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("mailto://abuse.com").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("mailto:a@example.com!10x").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("mailto:a@@example.com").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("mailto:a@localhost").kind()).isEqualTo(Kind.INVALID);
        assertThat(ReportUri.parse("").kind()).isEqualTo(Kind.INVALID);
    }

    @Test
    void otherSchemes() {
        ReportUri ftp = ReportUri.parse("ftp://abuse.com");
        assertThat(ftp.kind()).isEqualTo(Kind.OTHER_SCHEME);
        assertThat(ftp.scheme()).isEqualTo("ftp");
        assertThat(ftp.domain()).isNull();
    }
}
