package fi.digipolku.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The web part carries HTTP plumbing only, which the gateway can use without a database or Kafka. */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fi.digipolku.support");

    @Test
    void itsPackagesHaveNoCycles() {
        slices().matching("fi.digipolku.support.(*)..").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void itNeedsNoDatabaseAndNoKafka() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                "io.quarkus.hibernate..", "io.quarkus.narayana..", "jakarta.transaction..", "org.apache.kafka..",
                "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..")
                .check(WEB);
    }
}
