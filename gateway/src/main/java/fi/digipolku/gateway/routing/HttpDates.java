package fi.digipolku.gateway.routing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates in the one form senders must write (RFC 9110, IMF-fixdate): {@code Mon, 07 Dec 2026 09:05:00 GMT}. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** The same moment as an RFC 1123 date (one- or two-digit day), as IMF-fixdate; anything else unchanged. */
    static String imfFixdate(String rfc1123) {
        try {
            return IMF_FIXDATE.format(DateTimeFormatter.RFC_1123_DATE_TIME.parse(rfc1123));
        } catch (DateTimeParseException notOne) {
            return rfc1123;
        }
    }
}
