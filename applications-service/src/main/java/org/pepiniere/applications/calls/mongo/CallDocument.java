package org.pepiniere.applications.calls.mongo;

import java.time.Instant;
import java.util.List;

import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.CallStatus;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored shape of a call, with the events still waiting to be published. */
@Document(MongoCalls.COLLECTION)
record CallDocument(
        @Id String id,
        String incubatorId,
        DetailsDocument details,
        CallStatus status,
        String createdBy,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt,
        long version,
        List<OutboxMessage> outbox) {

    static CallDocument from(Call call) {
        return new CallDocument(call.id().value(), call.incubatorId(), DetailsDocument.from(call.details()), call.status(),
                call.createdBy(), call.createdAt(), call.openedAt(), call.closedAt(), call.version(), List.of());
    }

    Call toDomain() {
        return new Call(new CallId(id), incubatorId, details.toDomain(), status, createdBy, createdAt, openedAt, closedAt,
                version);
    }
}
