package org.pepiniere.embedded.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules every service keeps (STYLE.md, sections 1 and 2): the root of each feature
 * package, {@code org.pepiniere.<service>.<feature>}, is plain Java; its adapters live in sub-packages.
 * A service checks them with
 * {@code @AnalyzeClasses(packages = "org.pepiniere.<service>") class ArchitectureTest { @ArchTest ArchTests rules = ArchTests.in(ArchitectureRules.class); }}.
 */
public final class ArchitectureRules {

    private static final String FEATURE_ROOTS = "org.pepiniere.*.*";
    /** The one part of the platform a domain may use: it depends on nothing but the JDK. */
    public static final String PLAIN_PLATFORM = "org.pepiniere.platform.text..";

    private static final DescribedPredicate<JavaAnnotation<?>> FRAMEWORK_ANNOTATION = DescribedPredicate.describe(
            "a Spring annotation", annotation -> annotation.getRawType().getPackageName().startsWith("org.springframework"));

    @ArchTest
    public static final ArchRule featureRootsUseNoFrameworkNorDriver = noClasses()
            .that().resideInAPackage(FEATURE_ROOTS)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.springframework..", "org.pepiniere.platform..",
                    "org.bson..", "com.mongodb..", "org.apache.kafka..", "io.cloudevents..", "io.netty..", "jakarta.mail..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(PLAIN_PLATFORM))))
            .because("the domain of each feature is plain Java; adapters live in its sub-packages. The platform's texts are "
                    + "plain Java too, so that a domain writes its sentences from the service's bundles");

    @ArchTest
    public static final ArchRule featureRootTypesCarryNoSpringAnnotation = noClasses()
            .that().resideInAPackage(FEATURE_ROOTS)
            .should().beMetaAnnotatedWith(FRAMEWORK_ANNOTATION);

    @ArchTest
    public static final ArchRule featureRootMembersCarryNoSpringAnnotation = noMembers()
            .that().areDeclaredInClassesThat().resideInAPackage(FEATURE_ROOTS)
            .should().beMetaAnnotatedWith(FRAMEWORK_ANNOTATION);

    @ArchTest
    public static final ArchRule controllersAreNotValidatedProxies = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().beAnnotatedWith("org.springframework.validation.annotation.Validated")
            .because("a @Validated controller is proxied and throws ConstraintViolationException, a 500, around Spring's "
                    + "own method validation, which the platform answers with 400 naming the parameter");

    private static final DescribedPredicate<JavaClass> KAFKA_LISTENER = DescribedPredicate.describe(
            "have a @KafkaListener method", type -> type.getMethods().stream()
                    .anyMatch(method -> method.isAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")));

    @ArchTest
    public static final ArchRule kafkaListenersGoThroughTheIdempotentConsumer = classes()
            .that(KAFKA_LISTENER)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.pepiniere.platform.events.IdempotentConsumer")
            .allowEmptyShould(true)
            .because("the platform's consumer checks each event's tenant, keeps each aggregate's order and drops duplicates");

    private ArchitectureRules() {
    }
}
