package fi.digipolku.pathway.identity;

import java.util.regex.Pattern;

/** The Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number, check character. */
public final class IdentityCode {

    /** The OID of the Finnish personal identity code, the system of {@code Patient.identifier}. */
    public static final String SYSTEM = "urn:oid:1.2.246.21";

    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]");
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private IdentityCode() {
    }

    /** Whether the code is well-formed and its check character matches; letters must be upper case. */
    public static boolean valid(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return false;
        }
        int day = Integer.parseInt(code.substring(0, 2));
        int month = Integer.parseInt(code.substring(2, 4));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        long number = Long.parseLong(code.substring(0, 6) + code.substring(7, 10));
        return CHECK.charAt((int) (number % 31)) == code.charAt(10);
    }
}
