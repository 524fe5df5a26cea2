package org.pepiniere.gateway.identity.mongo;

import org.pepiniere.gateway.identity.Incubator;
import org.pepiniere.gateway.identity.IncubatorId;
import org.springframework.data.annotation.Id;

record IncubatorDocument(@Id String id, String name) {

    Incubator toDomain() {
        return new Incubator(new IncubatorId(id), name);
    }
}
