package org.pepiniere.applications.jury;

import reactor.core.publisher.Mono;

/**
 * Whether a juror is assigned an application now: what lets a juror read it, and its pitch deck. A pair a late
 * conflict took out no longer counts.
 */
public class AssignedJurors {

    private final Submissions submissions;
    private final Assignments assignments;

    public AssignedJurors(Submissions submissions, Assignments assignments) {
        this.submissions = submissions;
        this.assignments = assignments;
    }

    /** The application, submitted and in the incubator, when the juror is one of its jurors; empty otherwise. */
    public Mono<SubmittedApplication> assignedTo(String incubatorId, String applicationId, String jurorId) {
        return submissions.find(incubatorId, applicationId)
                .filterWhen(application -> assignments.find(incubatorId, application.callId())
                        .map(assignment -> assignment.assigns(applicationId, jurorId))
                        .defaultIfEmpty(false));
    }

    public Mono<Boolean> isAssigned(String incubatorId, String applicationId, String jurorId) {
        return assignedTo(incubatorId, applicationId, jurorId).hasElement();
    }
}
