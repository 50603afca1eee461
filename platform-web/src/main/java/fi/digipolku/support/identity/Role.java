package fi.digipolku.support.identity;

import java.util.Set;

/** The platform's realm roles, as they appear in the token. Use the constants in {@code @RolesAllowed}. */
public final class Role {

    public static final String CLIENT = "client";
    public static final String PROFESSIONAL = "professional";
    public static final String ADMIN = "admin";
    public static final String ANALYST = "analyst";
    public static final String INTEGRATOR = "integrator";

    public static final Set<String> ALL = Set.of(CLIENT, PROFESSIONAL, ADMIN, ANALYST, INTEGRATOR);

    private Role() {
    }
}
