package fi.digipolku.support.identity;

import java.util.regex.Pattern;

/** The rule for acting on behalf of another person: only a client, and only for a subject their mandates name. */
public final class OnBehalf {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private OnBehalf() {
    }

    /** True when the caller may act for {@code represented}; a caller naming themself needs no mandate. */
    public static boolean allowed(Caller caller, String represented) {
        return represented != null && SUBJECT.matcher(represented).matches() && caller.hasRole(Role.CLIENT)
                && caller.mayActFor(represented);
    }
}
