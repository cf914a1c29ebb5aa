package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.catalogue.QueryLimits;
import dev.maildoctor.core.dnsbl.catalogue.Zones;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A zone the user named that is not in the catalogue (a private or regional list): queried as is. */
final class CustomZone {
    private static final Pattern ZONE = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{1,63}");
    private CustomZone() {
    }

    static DnsblList of(String zone) {
        String z = zone.strip().toLowerCase(Locale.ROOT);
        if (z.endsWith(".")) {
            z = z.substring(0, z.length() - 1);
        }
        if (!ZONE.matcher(z).matches()) {
            throw new InvalidInputException(Msg.of("dnsbl.error.bad_zone", zone));
        }
        return new DnsblList(z, z, "", null, ListCategory.REPUTATION, false, new Zones(z, z, z), null, null,
                List.of(), null, null, null,
                new QueryLimits(4, true, null, null, null), false, null);
    }
}
