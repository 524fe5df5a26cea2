package org.pepiniere.notifications.retry.config;

import java.time.Clock;

import org.pepiniere.notifications.retry.mongo.MongoMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class MigrationsConfiguration {

    @Bean
    MongoMigrations migrations(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoMigrations(mongo, clock);
    }
}
