package fi.digipolku.support.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.validation.constraints.Pattern;

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
 * <li>a {@code *Rules} class decides without the database, Quarkus, CDI or HTTP, so it is unit-tested plainly;</li>
 * <li>every {@code @Pattern} has a message that says the form in words (ValidationMessages): a client is never shown
 * a regular expression.</li>
 * </ul>
 */
public final class FloorPlan {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final List<String> NOT_IN_RULES = List.of("jakarta.persistence", "org.hibernate", "io.quarkus",
            "jakarta.enterprise", "jakarta.inject", "jakarta.ws.rs", "jakarta.transaction", "io.vertx");

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final String UNWORDED = "{jakarta.validation.constraints.Pattern.message}";

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
            patternsWithoutWords(type, problems);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("off the floor plan (see the root README, Development):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Adds every {@code @Pattern} of {@code type}'s fields and parameters, type arguments included, left unworded. */
    private static void patternsWithoutWords(JavaClass type, List<String> problems) {
        Class<?> reflected;
        try {
            reflected = type.reflect();
        } catch (RuntimeException | LinkageError unloadable) {
            return;
        }
        List<AnnotatedType> types = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Field field : reflected.getDeclaredFields()) {
            annotations.addAll(List.of(field.getAnnotations()));
            types.add(field.getAnnotatedType());
        }
        List<Executable> executables = new ArrayList<>(List.of(reflected.getDeclaredMethods()));
        executables.addAll(List.of(reflected.getDeclaredConstructors()));
        for (Executable executable : executables) {
            for (Parameter parameter : executable.getParameters()) {
                annotations.addAll(List.of(parameter.getAnnotations()));
                types.add(parameter.getAnnotatedType());
            }
        }
        while (!types.isEmpty()) {
            AnnotatedType annotated = types.remove(types.size() - 1);
            annotations.addAll(List.of(annotated.getAnnotations()));
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                types.addAll(List.of(parameterized.getAnnotatedActualTypeArguments()));
            }
        }
        List<Pattern> patterns = annotations.stream().filter(Pattern.class::isInstance).map(Pattern.class::cast)
                .distinct().toList();
        patterns.stream().filter(pattern -> pattern.message().equals(UNWORDED)).map(Pattern::regexp).distinct()
                .forEach(regexp -> problems.add(type.getName() + " has @Pattern(\"" + regexp
                        + "\") without a message; a client would be shown the expression"));
        patterns.stream().map(Pattern::message).filter(message -> message.startsWith("{digipolku."))
                .map(message -> message.substring(1, message.length() - 1)).distinct()
                .filter(key -> LANGUAGES.stream().anyMatch(language -> !ResourceBundle
                        .getBundle("ValidationMessages", Locale.forLanguageTag(language)).containsKey(key)))
                .forEach(key -> problems.add(type.getName() + " words a @Pattern with " + key
                        + ", which ValidationMessages lacks in fi, sv or en"));
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
