package org.pepiniere.platform.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.pepiniere.embedded.test.ArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The services' domains may read their texts through this package only because it is plain Java. */
@AnalyzeClasses(packages = "org.pepiniere.platform.text", importOptions = ImportOption.DoNotIncludeTests.class)
class TextsArePlainJavaTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes().that().resideInAPackage(ArchitectureRules.PLAIN_PLATFORM)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..", ArchitectureRules.PLAIN_PLATFORM);
}
