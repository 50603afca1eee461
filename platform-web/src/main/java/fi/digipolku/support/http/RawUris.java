package fi.digipolku.support.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Request targets as clients really send them. Many clients leave characters raw that RFC 3986 does not allow in a
 * URI, most often in query strings ({@code code=http://loinc.org|29463-7}, {@code filter={...}}). Such a target is
 * made a valid URI by percent-encoding exactly those characters, so that it reads the same after decoding; a valid
 * target is left as it is.
 */
public final class RawUris {

    private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~" // unreserved
            + ":/?#@" // gen-delims, without the brackets java.net.URI takes only around an IPv6 host
            + "!$&'()*+,;="; // sub-delims
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RawUris() {
    }

    /** Whether {@code target} is already a URI that {@link URI} accepts. */
    public static boolean valid(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@code target} with every character that may not appear in a URI percent-encoded (as UTF-8), including a
     * {@code %} that does not start an escape; every other character stays.
     */
    public static String encodeIllegal(String target) {
        StringBuilder encoded = new StringBuilder(target.length() + 16);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 128 && ALLOWED.indexOf(c) >= 0 || c == '%' && isEscape(target, i)) {
                encoded.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < target.length() ? i + 2 : i + 1;
                for (byte b : target.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
        return encoded.toString();
    }

    private static boolean isEscape(String s, int at) {
        return at + 2 < s.length() && isHex(s.charAt(at + 1)) && isHex(s.charAt(at + 2));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
