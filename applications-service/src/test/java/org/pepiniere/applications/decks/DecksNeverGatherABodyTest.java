package org.pepiniere.applications.decks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import org.springframework.core.io.buffer.DataBufferUtils;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import reactor.core.publisher.Flux;

/**
 * A deck streams from the socket to the store and back: no code of the feature may gather a stream whole,
 * which is how a 20 MB body would end up in memory at once (the limit of 1 MB on bodies read whole does
 * not apply to a body read as a stream, so nothing else would stop it).
 */
@AnalyzeClasses(packages = "org.pepiniere.applications.decks", importOptions = ImportOption.DoNotIncludeTests.class)
class DecksNeverGatherABodyTest {

    private static final Set<String> GATHERING = Set.of("collectList", "collect", "collectMap", "collectMultimap",
            "collectSortedList", "buffer", "bufferUntil", "bufferWhile", "bufferTimeout", "reduce", "reduceWith", "cache");

    private static final DescribedPredicate<JavaMethodCall> GATHERS_A_STREAM = DescribedPredicate.describe(
            "a call that gathers a whole stream in memory", call ->
                    (call.getTargetOwner().isEquivalentTo(DataBufferUtils.class) && call.getName().equals("join"))
                            || (call.getTargetOwner().isEquivalentTo(Flux.class) && GATHERING.contains(call.getName()))
                            || call.getTargetOwner().isEquivalentTo(ByteArrayOutputStream.class));

    @ArchTest
    static final ArchRule decksAreStreamedThrough = noClasses()
            .that().resideInAPackage("org.pepiniere.applications.decks..")
            .should().callMethodWhere(GATHERS_A_STREAM);
}
