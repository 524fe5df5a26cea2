package org.pepiniere.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

@AnalyzeClasses(packages = "org.pepiniere.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> FEATURE_ROOT = new DescribedPredicate<>("at the root of a feature") {
        @Override
        public boolean test(JavaClass type) {
            String[] parts = type.getPackageName().split("\\.");
            return parts.length == 4 && type.getPackageName().startsWith("org.pepiniere.gateway.");
        }
    };

    @ArchTest
    static final ArchRule domainKnowsNoSpring = noClasses().that(FEATURE_ROOT)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.nimbusds..", "org.bson..",
                    "com.mongodb..", "org.apache.kafka..")
            .because("the domain is plain Java; adapters live in sub-packages");

    @ArchTest
    static final ArchRule domainCarriesNoFrameworkAnnotations = noClasses().that(FEATURE_ROOT)
            .should().beAnnotatedWith(DescribedPredicate.describe("a Spring annotation",
                    annotation -> annotation.getRawType().getPackageName().startsWith("org.springframework")));

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = noClasses().that().resideInAPackage("org.pepiniere.gateway.identity..")
            .should().dependOnClassesThat().resideInAPackage("org.pepiniere.gateway.routing..");
}
