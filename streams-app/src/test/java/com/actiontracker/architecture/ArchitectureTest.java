package com.actiontracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the build keeps. The parser is its own module, which the enforcer keeps free of Kafka; the domain
 * packages are kept free of it here: what an action, an owner or a deadline is does not depend on how it travels.
 */
class ArchitectureTest {

    private static final JavaClasses TRACKER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The service module's test helpers reach this module as a test jar, which the option above does not know.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.actiontracker");

    @Test
    void theDomainKnowsNothingOfKafka() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.actiontracker.parse..",
                        "com.actiontracker.identity..",
                        "com.actiontracker.tracking..",
                        "com.actiontracker.alerts..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.kafka..")
                .because("Kafka types belong at the edges: the topology, the runtime and the connectors")
                .check(TRACKER);
    }

    @Test
    void theCapabilitiesDependOnEachOtherWithoutCycles() {
        slices().matching("com.actiontracker.(*)..").should().beFreeOfCycles().check(TRACKER);
    }
}
