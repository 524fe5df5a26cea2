package org.pepiniere.gateway.identity.wiring;

import java.time.Clock;
import java.util.UUID;

import org.pepiniere.gateway.identity.CreatingUser;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.identity.Enrolling;
import org.pepiniere.gateway.identity.Incubators;
import org.pepiniere.gateway.identity.LoggingIn;
import org.pepiniere.gateway.identity.PartnerBanks;
import org.pepiniere.gateway.identity.PasswordHasher;
import org.pepiniere.gateway.identity.RegisteringFounder;
import org.pepiniere.gateway.identity.RegisteringPartnerBank;
import org.pepiniere.gateway.identity.SeedingDemo;
import org.pepiniere.gateway.identity.TokenIssuer;
import org.pepiniere.gateway.identity.Users;
import org.pepiniere.gateway.identity.mongo.MongoIncubators;
import org.pepiniere.gateway.identity.mongo.MongoPartnerBanks;
import org.pepiniere.gateway.identity.mongo.MongoUsers;
import org.pepiniere.gateway.identity.passwords.BcryptPasswordHasher;
import org.pepiniere.gateway.identity.passwords.HashingPool;
import org.pepiniere.platform.outbox.Outbox;
import org.pepiniere.platform.outbox.OutboxCollection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.scheduler.Scheduler;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** Users written before {@code Outbox.store} may still hold an event a crash left; drop this after one release. */
    @Bean
    OutboxCollection usersOutbox() {
        return new OutboxCollection(MongoUsers.COLLECTION);
    }

    @Bean
    MongoUsers users(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoUsers(mongo, outbox);
    }

    @Bean
    MongoIncubators incubators(ReactiveMongoTemplate mongo) {
        return new MongoIncubators(mongo);
    }

    @Bean
    MongoPartnerBanks partnerBanks(ReactiveMongoTemplate mongo, Outbox outbox) {
        return new MongoPartnerBanks(mongo, outbox);
    }

    @Bean
    RegisteringPartnerBank registeringPartnerBank(PartnerBanks banks, Clock clock) {
        return new RegisteringPartnerBank(banks, clock, UUID::randomUUID);
    }

    @Bean(destroyMethod = "dispose")
    Scheduler passwordHashing(IdentityProperties properties) {
        return HashingPool.of(properties.hashing().threads(), properties.hashing().queue());
    }

    @Bean
    PasswordHasher passwordHasher(IdentityProperties properties, Scheduler passwordHashing) {
        return new BcryptPasswordHasher(properties.bcryptStrength(), passwordHashing);
    }

    @Bean
    Enrolling enrolling(Users users, Incubators incubators, PartnerBanks banks, PasswordHasher hasher, Clock clock) {
        return new Enrolling(users, incubators, banks, hasher, clock, UUID::randomUUID);
    }

    @Bean
    RegisteringFounder registeringFounder(Enrolling enrolling) {
        return new RegisteringFounder(enrolling, DemoTenant.INCUBATOR.id());
    }

    @Bean
    CreatingUser creatingUser(Enrolling enrolling) {
        return new CreatingUser(enrolling);
    }

    @Bean
    LoggingIn loggingIn(Users users, PasswordHasher hasher, TokenIssuer tokens) {
        return new LoggingIn(users, hasher, tokens);
    }

    @Bean
    SeedingDemo seedingDemo(Incubators incubators, PartnerBanks banks, Enrolling enrolling, Clock clock) {
        return new SeedingDemo(incubators, banks, enrolling, clock, UUID::randomUUID);
    }

    @Bean
    IdentityStartup identityReadiness(MongoUsers users, SeedingDemo seeding, IdentityProperties properties) {
        boolean demoAccounts = properties.demoAccounts();
        return new IdentityStartup(users.createIndexes(),
                demoAccounts ? seeding.seed() : seeding.seedIncubator().thenReturn(0L), demoAccounts);
    }
}
