package fi.digipolku.support.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed bearer tokens for service tests that run with {@code OidcWiremockTestResource}: the same claims as the
 * platform's Keycloak realm issues (realm roles, groups as care teams, acr, mandates, audience {@code digipolku}).
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "digipolku";

    private TestTokens() {
    }

    public static String client(String subject) {
        return builder(subject, Set.of("client"), Set.of()).claim("acr", "substantial").sign();
    }

    public static String weakClient(String subject) {
        return builder(subject, Set.of("client"), Set.of()).claim("acr", "low").sign();
    }

    public static String guardian(String subject, String child) {
        return builder(subject, Set.of("client"), Set.of()).claim("acr", "high").claim("mandates", List.of(child))
                .sign();
    }

    public static String professional(String subject, String... teams) {
        return builder(subject, Set.of("professional"), Set.of(teams)).sign();
    }

    public static String admin(String subject) {
        return builder(subject, Set.of("admin"), Set.of()).sign();
    }

    public static String analyst(String subject) {
        return builder(subject, Set.of("analyst"), Set.of()).sign();
    }

    public static String integrator(String subject) {
        return builder(subject, Set.of("integrator"), Set.of()).sign();
    }

    public static String expired(String subject) {
        return builder(subject, Set.of("admin"), Set.of()).issuedAt(1_000_000L).expiresAt(1_000_600L).sign();
    }

    public static String wrongAudience(String subject) {
        return builder(subject, Set.of("admin"), Set.of()).audience("someone-else").sign();
    }

    public static String wrongIssuer(String subject) {
        return builder(subject, Set.of("admin"), Set.of()).issuer("https://evil.example.com").sign();
    }

    /** Claims as Keycloak puts them; roles go to {@code realm_access.roles}, teams to {@code groups}. */
    public static JwtClaimsBuilder builder(String subject, Set<String> roles, Set<String> teams) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .groups(teams)
                .expiresIn(600);
    }
}
