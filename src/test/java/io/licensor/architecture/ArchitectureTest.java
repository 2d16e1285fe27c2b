package io.licensor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/architecture.md. Arrows only point down. */
@AnalyzeClasses(packages = "io.licensor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "io.licensor..";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("io.licensor.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.licensor.app..", "io.licensor.ui..",
                    "io.licensor.cli..", "io.licensor.service..", "io.licensor.analytics..",
                    "io.licensor.exchange..", "io.licensor.persistence..")
            .because("the model is the vocabulary every layer shares; it must not know who uses it");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("io.licensor.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.flywaydb..",
                    "com.fasterxml..", "org.h2..", "picocli..")
            .because("model records are plain Java values");

    @ArchTest
    static final ArchRule analyticsIsPure = noClasses().that().resideInAPackage("io.licensor.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.flywaydb..",
                    "com.fasterxml..", "org.h2..", "picocli..", "io.licensor.app..", "io.licensor.ui..",
                    "io.licensor.cli..", "io.licensor.service..", "io.licensor.exchange..",
                    "io.licensor.persistence..")
            .because("the engine and metrics are pure functions over the model, shared by UI, CLI and reports");

    @ArchTest
    static final ArchRule persistenceKnowsNoCallers = noClasses().that().resideInAPackage("io.licensor.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("io.licensor.app..", "io.licensor.ui..",
                    "io.licensor.cli..", "io.licensor.service..", "javafx..")
            .because("persistence sits below the services and must not reach up");

    @ArchTest
    static final ArchRule exchangeKnowsNoCallersNorDatabase = noClasses().that()
            .resideInAPackage("io.licensor.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("io.licensor.app..", "io.licensor.ui..",
                    "io.licensor.cli..", "io.licensor.service..", "io.licensor.persistence..", "java.sql..")
            .because("file formats convert between files and the model; storing is the service's job");

    @ArchTest
    static final ArchRule serviceHasNoUi = noClasses().that().resideInAPackage("io.licensor.service..")
            .should().dependOnClassesThat().resideInAnyPackage("io.licensor.app..", "io.licensor.ui..",
                    "io.licensor.cli..", "javafx..")
            .because("services are shared by the desktop app and the headless command line");

    @ArchTest
    static final ArchRule uiHasNoDatabase = noClasses().that().resideInAPackage("io.licensor.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.licensor.persistence..",
                    "org.h2..", "org.flywaydb..", "io.licensor.cli..")
            .because("views go through services, never to the database");

    @ArchTest
    static final ArchRule cliHasNoUiNorDatabase = noClasses().that().resideInAPackage("io.licensor.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.licensor.ui..",
                    "io.licensor.persistence..", "java.sql..", "io.licensor.app..")
            .because("commands run headless and go through services");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("io.licensor.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("everything but the command line reports through the logger or the UI");
}
