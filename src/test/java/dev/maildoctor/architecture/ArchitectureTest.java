package dev.maildoctor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's layering rules. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.maildoctor");
    }

    @Test
    void coreIsFreeOfUiCliAndReports() {
        noClasses().that().resideInAPackage("dev.maildoctor.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "picocli..",
                        "dev.maildoctor.report..", "dev.maildoctor.app..", "dev.maildoctor.cli..")
                .check(classes);
    }

    @Test
    void reportsDoNotKnowTheAppOrTheCli() {
        noClasses().that().resideInAPackage("dev.maildoctor.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.maildoctor.app..", "dev.maildoctor.cli..",
                        "javafx..", "picocli..")
                .check(classes);
    }

    @Test
    void appAndCliDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.maildoctor.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.maildoctor.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.maildoctor.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.maildoctor.app..")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.maildoctor.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void noStaticServiceLocators() {
        noClasses().that().resideInAPackage("dev.maildoctor..")
                .should().haveSimpleNameEndingWith("Locator")
                .orShould().haveSimpleNameEndingWith("Injector")
                .check(classes);
    }
}
