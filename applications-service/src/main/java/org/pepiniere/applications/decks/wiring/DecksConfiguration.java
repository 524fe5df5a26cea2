package org.pepiniere.applications.decks.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.decks.DeckReaders;
import org.pepiniere.applications.decks.Decks;
import org.pepiniere.applications.decks.JurorAssignments;
import org.pepiniere.applications.decks.ReadingDeck;
import org.pepiniere.applications.decks.RemovingDeck;
import org.pepiniere.applications.decks.UploadingDeck;
import org.pepiniere.applications.decks.mongo.GridFsDecks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class DecksConfiguration {

    @Bean
    Decks decks(ReactiveMongoDatabaseFactory databases) {
        return new GridFsDecks(databases.getMongoDatabase());
    }

    /**
     * Hashing a deck is CPU work: two threads at most, whatever the number of uploads. A type of its own rather
     * than a Scheduler bean, so that another feature's scheduler is never injected here, nor this one there.
     */
    record InspectionThreads(Scheduler scheduler) implements AutoCloseable {

        @Override
        public void close() {
            scheduler.dispose();
        }
    }

    @Bean
    InspectionThreads deckInspectionThreads() {
        return new InspectionThreads(Schedulers.newParallel("deck-inspection", Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    @Bean
    UploadingDeck uploadingDeck(Applications applications, Decks decks, Clock clock, InspectionThreads inspection) {
        return new UploadingDeck(applications, decks, clock, () -> UUID.randomUUID().toString(), inspection.scheduler());
    }

    @Bean
    ReadingDeck readingDeck(Applications applications, Decks decks, JurorAssignments jurorAssignments) {
        return new ReadingDeck(applications, decks, new DeckReaders(jurorAssignments));
    }

    @Bean
    RemovingDeck removingDeck(Applications applications, Decks decks) {
        return new RemovingDeck(applications, decks);
    }
}
