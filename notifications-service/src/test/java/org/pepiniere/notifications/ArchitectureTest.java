package org.pepiniere.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.pepiniere.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_ROOTS = {
        "org.pepiniere.notifications.people", "org.pepiniere.notifications.email", "org.pepiniere.notifications.feed",
        "org.pepiniere.notifications.applications", "org.pepiniere.notifications.webhooks", "org.pepiniere.notifications.retry"};

    @ArchTest
    static final ArchRule domainKnowsNothingOfSpring = noClasses().that().resideInAnyPackage(FEATURE_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.pepiniere.platform..",
                    "org.bson..", "com.mongodb..", "org.apache.kafka..", "io.cloudevents..", "io.netty..", "jakarta.mail..")
            .because("the domain of each feature is plain Java; adapters live in its web, mongo, kafka, mail, http and config packages");

    @ArchTest
    static final ArchRule domainCarriesNoSpringAnnotations = noClasses().that().resideInAnyPackage(FEATURE_ROOTS)
            .should().beAnnotatedWith(org.springframework.stereotype.Component.class)
            .orShould().beMetaAnnotatedWith(org.springframework.stereotype.Component.class);

    @ArchTest
    static final ArchRule featuresUseNoOtherFeaturesAdapters = noClasses().that().resideInAnyPackage(FEATURE_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..mongo..", "..kafka..", "..mail..", "..http..", "..config..");
}
