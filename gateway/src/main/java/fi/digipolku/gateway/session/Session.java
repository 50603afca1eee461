package fi.digipolku.gateway.session;

import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.digipolku.support.identity.Caller;

/** The caller as the platform sees it, for portals and apps to shape their views. */
@Schema(description = "The caller as the platform sees it")
public record Session(
        @Schema(description = "The token's subject, a pseudonymous id") String subject,
        @Schema(description = "Platform roles: client, professional, admin, analyst, integrator") List<String> roles,
        @Schema(description = "Care teams the professional belongs to") List<String> teams,
        @Schema(description = "Authentication context class, e.g. substantial or high; null when the token has none") String acr,
        @Schema(description = "Subjects the caller may act for") List<String> mandates,
        @Schema(description = "When acting on behalf of the subject (Digipolku-On-Behalf-Of): the person acting; else null") String representative) {

    public static Session of(Caller caller) {
        return new Session(caller.subject(), sorted(caller.roles()), sorted(caller.teams()), caller.acr(),
                sorted(caller.mandates()), caller.representative());
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
