package fi.digipolku.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

class ProblemsTest {

    record Item(int dayOffset) {
    }

    record Body(String name, List<Item> modules) {
    }

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void everyKindHasItsOwnStableTypeUri() {
        Set<String> types = new HashSet<>();
        for (ProblemType kind : ProblemType.values()) {
            assertThat(kind.type().toString()).startsWith("urn:digipolku:problem:");
            types.add(kind.type().toString());
        }
        assertThat(types).hasSize(ProblemType.values().length);
        assertThat(ProblemType.VALIDATION.type().toString()).isEqualTo("urn:digipolku:problem:validation");
        assertThat(ProblemType.GATEWAY_TIMEOUT.type().toString()).isEqualTo("urn:digipolku:problem:gateway-timeout");
    }

    @Test
    void genericKindForEachStatus() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(401)).isEqualTo(ProblemType.UNAUTHORIZED);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(599)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void brokenJsonIsMalformedWithoutLibraryText() {
        Problem problem = unreadable("{\"name\": ");

        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST.type());
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("com.fasterxml", "Exception", "line:");
    }

    @Test
    void wrongTypeNamesTheFieldPathAndNoJavaType() {
        Problem problem = unreadable("{\"name\":\"x\",\"modules\":[{\"dayOffset\":1},{\"dayOffset\":\"soon\"}]}");

        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION.type());
        assertThat(Messages.localise(problem, Messages.ENGLISH).errors())
                .containsExactly(new FieldError("modules[1].dayOffset", "has the wrong type or format"));
        assertThat(Messages.localise(problem, Messages.FINNISH).errors())
                .containsExactly(new FieldError("modules[1].dayOffset", "on väärää tyyppiä tai muotoa"));
        assertThat(Messages.localise(problem, Messages.ENGLISH).detail()).doesNotContain("int", "Integer", "java.");
    }

    @Test
    void tooManyRequestsCarriesRetryAfterInWholeSeconds() {
        ProblemException e = ProblemException.tooManyRequests(Duration.ofMillis(1200));

        assertThat(e.headers()).containsEntry("Retry-After", "2");
        assertThat(e.problem().status()).isEqualTo(429);
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void singleFieldValidationProblemListsTheField() {
        Problem problem = ProblemException.invalid("durationDays", "must be at least 1").problem(Messages.ENGLISH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new FieldError("durationDays", "must be at least 1"));
        assertThat(Arrays.asList(problem.detail().split(" "))).contains("durationDays");
    }

    private Problem unreadable(String body) {
        try {
            json.readValue(body, Body.class);
        } catch (JsonProcessingException e) {
            return Problems.unreadable(e);
        }
        throw new AssertionError("expected a failure");
    }
}
