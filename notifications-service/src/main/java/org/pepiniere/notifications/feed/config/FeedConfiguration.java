package org.pepiniere.notifications.feed.config;

import org.pepiniere.notifications.feed.Feed;
import org.pepiniere.notifications.feed.FeedMessages;
import org.pepiniere.notifications.feed.mongo.MongoNotifications;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    @Bean
    MongoNotifications notifications(ReactiveMongoTemplate mongo) {
        return new MongoNotifications(mongo);
    }

    @Bean
    Feed feed(MongoNotifications notifications) {
        FeedMessages.load();
        return new Feed(notifications);
    }

    @Bean
    ApplicationRunner feedIndexes(MongoNotifications notifications) {
        return args -> notifications.createIndexes().subscribe(done -> { },
                e -> LoggerFactory.getLogger(FeedConfiguration.class).warn("Feed indexes not created: {}", e.toString()));
    }
}
