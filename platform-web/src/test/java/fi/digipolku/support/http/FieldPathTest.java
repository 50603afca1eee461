package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

/** The field of an invalid value is named as the client wrote it in the JSON body. */
class FieldPathTest {

    record Module(@Min(0) int dayOffset) {
    }

    record Request(@NotNull String name, List<@Valid Module> modules, List<@NotBlank String> tags,
            Map<@NotBlank String, @NotBlank String> statements, @Valid Module first) {
    }

    static class Resource {
        public void create(@Valid @NotNull Request request, @QueryParam("page-size") @Min(1) int size) {
        }
    }

    private static Set<String> fields(Request request, int size) throws Exception {
        Method create = Resource.class.getMethod("create", Request.class, int.class);
        Set<ConstraintViolation<Resource>> violations;
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            violations = factory.getValidator().forExecutables().validateParameters(new Resource(), create,
                    new Object[]{request, size});
        }
        Set<String> fields = new TreeSet<>();
        violations.forEach(v -> fields.add(ProblemMappers.fieldOf(v.getPropertyPath(), v.getRootBeanClass())));
        return fields;
    }

    @Test
    void listsAndMapsAreNamedByIndexAndKey() throws Exception {
        Request request = new Request(null, List.of(new Module(1), new Module(2), new Module(-1)),
                List.of("a", " "), Map.of("kysely", " "), new Module(-5));

        assertThat(fields(request, 0)).containsExactly("first.dayOffset", "modules[2].dayOffset", "name", "page-size",
                "statements[kysely]", "tags[1]");
    }

    @Test
    void aMissingBodyIsNamedBody() throws Exception {
        assertThat(fields(null, 1)).containsExactly("body");
    }
}
