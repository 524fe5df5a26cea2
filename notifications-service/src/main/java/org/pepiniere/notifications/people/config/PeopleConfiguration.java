package org.pepiniere.notifications.people.config;

import java.util.List;

import org.pepiniere.notifications.people.Newcomers;
import org.pepiniere.notifications.people.People;
import org.pepiniere.notifications.people.ProjectingPeople;
import org.pepiniere.notifications.people.mongo.MongoPeople;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    People people(ReactiveMongoTemplate mongo) {
        return new MongoPeople(mongo);
    }

    @Bean
    ProjectingPeople projectingPeople(People people, ObjectProvider<Newcomers> newcomers) {
        return new ProjectingPeople(people, newcomers.orderedStream().toList());
    }
}
