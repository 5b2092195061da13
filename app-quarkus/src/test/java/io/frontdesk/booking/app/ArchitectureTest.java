package io.frontdesk.booking.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the module map (docs/architecture.md), checked on the compiled classes of every
 * module. A rule that fails names the offending class and the dependency that breaks it.
 */
@AnalyzeClasses(packages = "io.frontdesk.booking",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final String DOMAIN = "io.frontdesk.booking.domain..";
    private static final String APPLICATION = "io.frontdesk.booking.application..";
    private static final String PORT_IN = "io.frontdesk.booking.application.port.in..";
    private static final String SERVICE = "io.frontdesk.booking.application.service..";
    private static final String PERSISTENCE = "io.frontdesk.booking.adapter.persistence..";
    private static final String REST = "io.frontdesk.booking.adapter.rest..";
    private static final String CALENDAR = "io.frontdesk.booking.adapter.calendar..";
    private static final String NOTIFICATION = "io.frontdesk.booking.adapter.notification..";
    private static final String ADAPTERS = "io.frontdesk.booking.adapter..";
    private static final String APP = "io.frontdesk.booking.app..";

    @ArchTest
    static final ArchRule theDomainDependsOnTheJdkAndLibphonenumberOnly = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..",
                    "com.google.i18n.phonenumbers..")
            .because("the domain is a plain library other JVM services embed");

    @ArchTest
    static final ArchRule theApplicationDependsOnTheDomainAndJakartaApisOnly = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..",
                    "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..")
            .because("use cases know no framework beyond CDI and transaction annotations");

    @ArchTest
    static final ArchRule theApplicationImportsNoFrameworkOrAdapterTechnology = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "org.hibernate..",
                    "jakarta.persistence..", "jakarta.ws.rs..", "com.fasterxml..", "org.mapstruct..");

    @ArchTest
    static final ArchRule innerLayersNeverReachOutward = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, APP);

    @ArchTest
    static final ArchRule theDomainNeverReachesTheApplication = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage(APPLICATION);

    @ArchTest
    static final ArchRule adaptersNeverUseApplicationServices = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICE)
            .because("adapters talk to use case interfaces and out-ports, never to their implementations");

    @ArchTest
    static final ArchRule persistenceKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(REST, CALENDAR, NOTIFICATION, APP);

    @ArchTest
    static final ArchRule restKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, CALENDAR, NOTIFICATION, APP);

    @ArchTest
    static final ArchRule calendarKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage(CALENDAR)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, NOTIFICATION, APP);

    @ArchTest
    static final ArchRule notificationKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage(NOTIFICATION)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, CALENDAR, APP);

    @ArchTest
    static final ArchRule notificationUsesOutPortsOnly = noClasses()
            .that().resideInAPackage(NOTIFICATION)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN)
            .because("a driven adapter implements out-ports; it offers no use case and calls none");

    @ArchTest
    static final ArchRule restCallsInPortsOnly = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage("io.frontdesk.booking.application.port.out..")
            .because("a driving adapter sees the use cases (" + PORT_IN + "), not the ports the core drives");

    @ArchTest
    static final ArchRule entitiesLiveInThePersistenceAdapter = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage(PERSISTENCE)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule resourcesLiveInTheRestAdapter = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage(REST)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theDomainTakesTimeAndIdsAsArguments = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(DescribedPredicate.describe("it reads the clock or a random source",
                    call -> isClockOrRandomSource(call.getTarget().getOwner(), call.getTarget().getName())))
            .because("time and ids come in as arguments, so the rules are deterministic and testable");

    private static boolean isClockOrRandomSource(JavaClass owner, String method) {
        String type = owner.getName();
        return (type.startsWith("java.time.") && method.equals("now"))
                || (type.equals("java.time.Clock") && method.startsWith("system"))
                || (type.equals("java.util.UUID") && method.equals("randomUUID"))
                || (type.equals("java.lang.System") && method.equals("currentTimeMillis"));
    }
}
