package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static fi.digipolku.systemtest.Stack.gateway;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/session} shows each demo user as the platform sees them, from a real Keycloak token. */
class SessionIT {

    private static final String SESSION = "/api/v1/session";

    @Test
    void stronglyAuthenticatedClient() {
        as("client").get(SESSION).then().statusCode(200)
                .body("subject", equalTo("00000000-0000-4000-8000-000000000001"))
                .body("roles", containsInAnyOrder("client"))
                .body("acr", equalTo("substantial"))
                .body("teams", empty());
    }

    @Test
    void weaklyAuthenticatedClientIsSentToStrongAuthentication() {
        as("client-weak").get(SESSION).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:insufficient-authentication"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString(
                        "error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("acr_values=\"high substantial\""));
    }

    @Test
    void guardianActsForTheChildWithTheMandate() {
        as("guardian").header("Digipolku-On-Behalf-Of", "00000000-0000-4000-8000-000000000004").get(SESSION).then()
                .statusCode(200).body("subject", equalTo("00000000-0000-4000-8000-000000000004"))
                .body("representative", equalTo("00000000-0000-4000-8000-000000000003"));
        as("guardian").header("Digipolku-On-Behalf-Of", "00000000-0000-4000-8000-000000000001").get(SESSION).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void guardianCarriesTheMandateForTheChild() {
        as("guardian").get(SESSION).then().statusCode(200)
                .body("acr", equalTo("high"))
                .body("mandates", containsInAnyOrder("00000000-0000-4000-8000-000000000004"));
    }

    @Test
    void professionalInTwoTeams() {
        as("nurse").get(SESSION).then().statusCode(200)
                .body("roles", containsInAnyOrder("professional"))
                .body("teams", containsInAnyOrder("diabetes-team", "weight-team"));
        as("physio").get(SESSION).then().statusCode(200)
                .body("teams", containsInAnyOrder("osteoporosis-team"));
    }

    @Test
    void adminAnalystAndIntegrator() {
        as("admin").get(SESSION).then().statusCode(200).body("roles", containsInAnyOrder("admin"));
        as("analyst").get(SESSION).then().statusCode(200).body("roles", containsInAnyOrder("analyst"))
                .body("roles", not(hasItem("admin")));
        gateway().auth().oauth2(Stack.integratorToken()).get(SESSION).then().statusCode(200)
                .body("roles", containsInAnyOrder("integrator"));
    }
}
