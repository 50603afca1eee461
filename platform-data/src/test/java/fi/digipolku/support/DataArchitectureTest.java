package fi.digipolku.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Both shared libraries together: no package cycles, and the web part never reaches into the data part. */
class DataArchitectureTest {

    private static final JavaClasses SHARED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fi.digipolku.support");

    @Test
    void theSharedPackagesHaveNoCycles() {
        slices().matching("fi.digipolku.support.(*)..").should().beFreeOfCycles().check(SHARED);
    }

    @Test
    void theWebPartDependsOnNothingOfTheDataPart() {
        noClasses().that().resideInAnyPackage("fi.digipolku.support.http..", "fi.digipolku.support.identity..",
                "fi.digipolku.support.problem..", "fi.digipolku.support.metrics..", "fi.digipolku.support.time..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.digipolku.support.accesslog..",
                        "fi.digipolku.support.event..", "fi.digipolku.support.inbox..",
                        "fi.digipolku.support.outbox..", "fi.digipolku.support.kafka..")
                .check(SHARED);
    }
}
