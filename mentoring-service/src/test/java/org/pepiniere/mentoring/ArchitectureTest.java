package org.pepiniere.mentoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.pepiniere.mentoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The root of each feature package, not its web, mongo, kafka or wiring adapters. */
    private static final String FEATURE_ROOTS = "org.pepiniere.mentoring.*";

    private static final DescribedPredicate<JavaAnnotation<?>> SPRING_ANNOTATION =
            DescribedPredicate.describe("a Spring annotation",
                    annotation -> annotation.getRawType().getPackageName().startsWith("org.springframework"));

    @ArchTest
    static final ArchRule domainDependsOnNothingFromSpring = noClasses()
            .that().resideInAPackage(FEATURE_ROOTS)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule domainTypesCarryNoSpringAnnotation = noClasses()
            .that().resideInAPackage(FEATURE_ROOTS)
            .should().beMetaAnnotatedWith(SPRING_ANNOTATION);

    @ArchTest
    static final ArchRule domainMembersCarryNoSpringAnnotation = noMembers()
            .that().areDeclaredInClassesThat().resideInAPackage(FEATURE_ROOTS)
            .should().beMetaAnnotatedWith(SPRING_ANNOTATION);
}
