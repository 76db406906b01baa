package org.contrechamp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md that keep the house easy to see and change. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.contrechamp");
    }

    @Test
    void coreKnowsNoToolkitDatabaseOrFace() {
        ArchRule rule = noClasses().that().resideInAPackage("org.contrechamp.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "java.sql..",
                        "org.sqlite..", "org.contrechamp.ui..", "org.contrechamp.storage..", "org.contrechamp.cli..",
                        "org.contrechamp.app..", "picocli..")
                .because("the core is the UI-free, storage-free heart that both faces and every test share");
        rule.check(classes);
    }

    @Test
    void mergePolicyIsPureFunctionsOverSightings() {
        classes().that().resideInAPackage("org.contrechamp.core.merge..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..",
                        "org.contrechamp.core.merge..", "org.contrechamp.core.sighting..", "org.contrechamp.core.common..")
                .because("merge policy is its own room: base, mine, theirs in, result and conflicts out, with no "
                        + "storage, files or bundles to set up in its tests (ARCHITECTURE.md)")
                .check(classes);
    }

    @Test
    void uiAndCliAreTwoFacesThatDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.contrechamp.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.contrechamp.cli..", "org.contrechamp.storage..",
                        "org.contrechamp.app..", "java.sql..", "picocli..")
                .because("the window reaches data only through core services; only app knows every part")
                .check(classes);
        noClasses().that().resideInAPackage("org.contrechamp.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.contrechamp.ui..", "org.contrechamp.storage..",
                        "org.contrechamp.app..", "javafx..", "com.gluonhq..", "java.sql..")
                .because("the command line reaches data only through core services; only app knows every part")
                .check(classes);
    }

    @Test
    void storageKnowsNeitherFace() {
        noClasses().that().resideInAPackage("org.contrechamp.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.contrechamp.ui..", "org.contrechamp.cli..",
                        "org.contrechamp.app..", "javafx..", "com.gluonhq..")
                .because("storage implements core interfaces and nothing else")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.contrechamp.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("stdout belongs to the command line's output; everything else logs through SLF4J")
                .check(classes);
    }
}
