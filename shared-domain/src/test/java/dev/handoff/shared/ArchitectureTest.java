package dev.handoff.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** shared-domain is plain Java that every service can use; only its JSON mapping knows Jackson. */
@AnalyzeClasses(packages = "dev.handoff.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyJavaAndItself = classes()
            .that()
            .resideInAnyPackage("..shared.id..", "..shared.model..", "..shared.event..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..shared.id..", "..shared.model..", "..shared.event..")
            .because("services with any framework must be able to share these types");

    @ArchTest
    static final ArchRule onlyTheJsonMappingUsesJackson = noClasses()
            .that()
            .resideOutsideOfPackage("..shared.json..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..")
            .because("the wire format is defined in one place, without annotations on the domain");

    @ArchTest
    static final ArchRule noFrameworks = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "org.hibernate..")
            .because("shared-domain must not tie its users to a framework");

    @ArchTest
    static final ArchRule idsStandAlone = noClasses()
            .that()
            .resideInAPackage("..shared.id..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..shared.model..", "..shared.event..", "..shared.json..");

    @ArchTest
    static final ArchRule valueObjectsDoNotKnowEvents = noClasses()
            .that()
            .resideInAPackage("..shared.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..shared.event..", "..shared.json..");
}
