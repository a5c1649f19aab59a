package dev.migrate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of DESIGN.md §6 that the compiler does not check: a pure core, and packages without cycles. */
class ArchitectureTest {

    private static JavaClasses plugin;

    @BeforeAll
    static void importPlugin() {
        plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrate");
    }

    @Test
    void onlyTheMojosKnowMaven() {
        noClasses().that().resideOutsideOfPackage("dev.migrate.maven..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .because("the core is plain Java; Mojos read parameters and call one command")
                .check(plugin);
    }

    @Test
    void theSchemaModelKnowsOnlyItselfAndTheJdk() {
        classes().that().resideInAPackage("dev.migrate.schema..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("dev.migrate.schema..", "java..")
                        .or(belongToAnyOf(BinaryStrings.class)))
                .check(plugin);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.migrate.(*)..")
                .should().beFreeOfCycles()
                .check(plugin);
    }

    @Test
    void eachDatabaseKeepsToItsOwnFolder() {
        slices().matching("dev.migrate.dialect.(*)..")
                .should().notDependOnEachOther()
                .because("a database's pieces sit side by side in its folder; what they share is in dev.migrate.dialect")
                .check(plugin);
    }
}
