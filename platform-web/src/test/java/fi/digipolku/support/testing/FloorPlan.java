package fi.digipolku.support.testing;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The floor plan every service follows, checked on its compiled classes (each service has a one-line test calling
 * {@link #check}): the same roles have the same names, and rules stay pure.
 * <ul>
 * <li>a JAX-RS resource ({@code @Path}) is a {@code *Resource} and reaches the database only through services: no
 * {@code EntityManager}, no {@code *Repository}, no transactional class that is not a {@code *Service};</li>
 * <li>a Kafka consumer ({@code @Incoming}) is a {@code *EventIntake};</li>
 * <li>scheduled work ({@code @Scheduled}) is in a {@code *Jobs} class;</li>
 * <li>a {@code *Rules} class decides without the database, Quarkus, CDI or HTTP, so it is unit-tested plainly.</li>
 * </ul>
 */
public final class FloorPlan {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final List<String> NOT_IN_RULES = List.of("jakarta.persistence", "org.hibernate", "io.quarkus",
            "jakarta.enterprise", "jakarta.inject", "jakarta.ws.rs", "jakarta.transaction", "io.vertx");

    private FloorPlan() {
    }

    /** Throws {@link AssertionError} listing every class of {@code basePackage} that is off the plan. */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        List<String> problems = new ArrayList<>();
        for (JavaClass type : classes) {
            String name = type.getSimpleName();
            if (type.isAnnotatedWith(PATH) && !name.endsWith("Resource")) {
                problems.add(type.getName() + " serves HTTP (@Path) but is not named *Resource");
            }
            if (name.endsWith("Resource")) {
                type.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass()).distinct()
                        .filter(target -> target.getName().equals("jakarta.persistence.EntityManager")
                                || target.getSimpleName().endsWith("Repository")
                                || transactional(target) && !target.getSimpleName().endsWith("Service"))
                        .forEach(target -> problems.add(type.getName() + " reaches the database through "
                                + target.getSimpleName() + "; a *Service does that"));
            }
            if (hasMethodAnnotatedWith(type, INCOMING) && !name.endsWith("EventIntake")) {
                problems.add(type.getName() + " consumes Kafka (@Incoming) but is not named *EventIntake");
            }
            if (hasMethodAnnotatedWith(type, SCHEDULED) && !outermost(type).getSimpleName().endsWith("Jobs")) {
                problems.add(type.getName() + " has @Scheduled work outside a *Jobs class");
            }
            if (outermost(type).getSimpleName().endsWith("Rules")) {
                type.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getPackageName())
                        .filter(p -> NOT_IN_RULES.stream().anyMatch(p::startsWith)).distinct()
                        .forEach(p -> problems.add(type.getName() + " is a *Rules class but depends on " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("off the floor plan (see the root README, Development):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static boolean transactional(JavaClass type) {
        return type.isAnnotatedWith(TRANSACTIONAL) || hasMethodAnnotatedWith(type, TRANSACTIONAL);
    }

    private static boolean hasMethodAnnotatedWith(JavaClass type, String annotation) {
        return type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(annotation));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
