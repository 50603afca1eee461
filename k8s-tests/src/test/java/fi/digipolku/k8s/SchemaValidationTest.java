package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every rendered object of every overlay against its schema (see {@link Schemas} for the sources). */
class SchemaValidationTest {

    @TestFactory
    Stream<DynamicTest> everyRenderedObjectIsValid() {
        return Repo.overlays().stream().flatMap(overlay -> Manifests.of(overlay).objects().stream()
                .map(object -> DynamicTest.dynamicTest(overlay + " " + Schemas.typeOf(object) + " "
                        + Manifests.name(object), () -> {
                            List<String> problems = Schemas.validate(object);
                            assertThat(problems).as(overlay + " " + Manifests.id(object)).isEmpty();
                        })));
    }

    @TestFactory
    Stream<DynamicTest> everyKindHasASchemaOrIsListedAsUnvalidated() {
        return Repo.overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay, () -> {
            for (var object : Manifests.of(overlay).objects()) {
                assertThat(Schemas.validatedKinds().contains(Schemas.typeOf(object))
                        || Schemas.UNVALIDATED.contains(Schemas.typeOf(object))).as(Schemas.typeOf(object)).isTrue();
            }
        }));
    }
}
