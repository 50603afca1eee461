package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static fi.digipolku.systemtest.Stack.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix, read from the services' own OpenAPI documents: every operation is called without a token
 * and with a real token of every role, and for the resources of one client and one team, by another client and by a
 * professional of another team. A refusal that is due must come (401, 403, or 404 that hides someone else's
 * resource), and no cell may answer 5xx.
 */
class AuthorizationMatrixIT {

    private static final Map<String, String> ROLE_USERS = Map.of("client", "client", "professional", "nurse", "admin",
            "admin", "analyst", "analyst");
    private static final List<String> SERVICES = List.of("pathway", "messaging", "feedback", "metrics");
    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";

    private record Operation(String service, String method, String path, Set<String> roles, boolean multipart) {
    }

    private final List<String> failures = new ArrayList<>();
    private int cells;

    @Test
    void everyOperationRefusesEveryRoleItDoesNotName() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(50);
        for (Operation op : operations) {
            String path = concrete(op.path());
            check(op, "none", gateway(), path, Set.of(401));
            for (String role : List.of("client", "professional", "admin", "analyst", "integrator")) {
                RequestSpecification request = role.equals("integrator")
                        ? gateway().auth().oauth2(Stack.integratorToken())
                        : as(ROLE_USERS.get(role));
                if (op.roles().contains(role)) {
                    if (!op.path().endsWith("/alerts")) {
                        check(op, role, request, path, null);
                    }
                } else {
                    check(op, role, request, path, Set.of(403));
                }
            }
        }
        System.out.printf("authorization matrix: %d operations, %d cells checked%n", operations.size(), cells);
        assertThat(failures).as("cells that did not answer as due").isEmpty();
    }

    @Test
    void oneClientsAndOneTeamsResourcesStayHiddenFromOthers() throws Exception {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Matriisi");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "Hei");
        await().atMost(Duration.ofSeconds(30)).until(() -> as("client").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/threads").statusCode() / 100 == 2);
        String thread = as("client").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/threads").then().extract().path("id");
        String message = as("client").get("/api/v1/threads/" + thread + "/messages").then().extract()
                .path("items[0].id");

        // Every operation on one client's enrollment, thread or feedback request, by the roles it names, as
        // another client (the guardian without a mandate for this client) and a professional of another team.
        as("nurse").get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        List<Operation> owned = operations().stream().filter(op -> op.path().startsWith("/api/v1/enrollments/{id}")
                || op.path().startsWith("/api/v1/threads/{id}")
                || op.path().startsWith("/api/v1/feedback/requests/{id}")).toList();
        assertThat(owned).hasSizeGreaterThan(15);
        String request = feedbackRequestOf(enrollment, definition);
        for (Operation op : owned) {
            String path = op.path().replace("/enrollments/{id}", "/enrollments/" + enrollment)
                    .replace("/threads/{id}", "/threads/" + thread).replace("/requests/{id}", "/requests/" + request)
                    .replace("{messageId}", message).replace("{moduleKey}", "weight");
            path = concrete(path);
            for (String stranger : List.of("guardian", "physio")) {
                String role = stranger.equals("guardian") ? "client" : "professional";
                if (!op.roles().contains(role)) {
                    continue;
                }
                // a body valid for any of these operations, and a version for those that change a versioned
                // resource, so that only ownership can refuse
                Response response = send(as(stranger).header("If-Match", "\"1\""), op.method(), path, """
                        {"body":"Hei","nps":5,"enabled":false,"clientConsents":true,"reason":"Muutto",
                         "assignee":"someone","values":{"value":80}}""", op.multipart());
                cells++;
                if (response.statusCode() != 403 && response.statusCode() != 404) {
                    failures.add(stranger + " " + op.method() + " " + path + " -> " + response.statusCode());
                }
            }
        }
        System.out.printf("ownership matrix: %d operations, %d cells checked%n", owned.size(), cells);
        assertThat(failures).as("someone else's resources reached").isEmpty();
    }

    /** Completes the enrollment (its pathway asks for feedback at the end) and returns the client's request. */
    private static String feedbackRequestOf(String enrollment, String definition) {
        Stack.ifMatch("nurse", "/api/v1/enrollments/" + enrollment).post("/api/v1/enrollments/" + enrollment
                + "/complete").then().statusCode(200);
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = as("client").get("/api/v1/feedback/requests").then().extract().jsonPath()
                    .getString("find { it.definitionId == '" + definition + "' }.id");
            return found[0] != null;
        });
        return found[0];
    }

    private void check(Operation op, String who, RequestSpecification request, String path, Set<Integer> due) {
        Response response = send(request, op.method(), path, "{}", op.multipart());
        cells++;
        int status = response.statusCode();
        String cell = who + " " + op.method() + " " + path + " (" + op.service() + ") -> " + status;
        if (status >= 500) {
            failures.add(cell + " (a server error)");
        } else if (due != null && !due.contains(status)) {
            failures.add(cell + ", expected " + due);
        } else if (due == null && (status == 401 || (status == 403 && !isOwnershipRefusal(response)))) {
            failures.add(cell + " (a role the operation names was refused)");
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")
                && !path.startsWith("/fhir")) {
            failures.add(cell + " without problem+json");
        }
    }

    /** A 403 that is about this resource (someone else's team or pathway), not about the role (problem.role). */
    private static boolean isOwnershipRefusal(Response response) {
        String detail = String.valueOf(response.jsonPath().getString("detail"));
        return !detail.equals("Roolisi ei salli tätä toimintoa.");
    }

    private static Response send(RequestSpecification request, String method, String path, String body,
            boolean multipart) {
        if (method.equals("POST") || method.equals("PUT")) {
            if (multipart) {
                request = request.contentType("multipart/form-data").multiPart("body", "x");
            } else if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
        }
        return request.request(method, path);
    }

    private static String concrete(String template) {
        return template.replace("{team}", "weight-team").replace("{key}", "national")
                .replace("{moduleKey}", "weight").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static List<Operation> operations() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            String document = gateway().accept("application/json").get("/openapi/" + service).then().statusCode(200)
                    .extract().asString();
            JsonNode paths = json.readTree(document).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                Set<String> roles = new java.util.TreeSet<>();
                op.getValue().path("security").forEach(s -> s.fields().forEachRemaining(
                        scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                boolean multipart = op.getValue().path("requestBody").path("content").has("multipart/form-data")
                        && !op.getValue().path("requestBody").path("content").has("application/json");
                if (!roles.isEmpty() && path.getKey().startsWith("/api/")) {
                    operations.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), roles,
                            multipart));
                }
            }));
        }
        return operations;
    }
}
