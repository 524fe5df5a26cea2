package org.pepiniere.notifications.people.mongo;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.notifications.people.Person;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(PersonDocument.COLLECTION)
record PersonDocument(
        @Id String id,
        String incubatorId,
        String email,
        String displayName,
        String language,
        Set<Role> roles,
        @Nullable String organisationId,
        Instant registeredAt) {

    static final String COLLECTION = "people";

    static PersonDocument of(Person person) {
        return new PersonDocument(person.id(), person.incubatorId(), person.email(), person.displayName(),
                person.language().code(), person.roles(), person.organisationId(), person.registeredAt());
    }

    Person toPerson() {
        return new Person(id, incubatorId, email, displayName, Language.of(language), roles == null ? Set.of() : roles,
                organisationId, registeredAt);
    }
}
