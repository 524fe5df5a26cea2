package org.pepiniere.applications.jury.web;

import java.time.Instant;
import java.util.List;

/** One application a juror is assigned, with its call, what of its needs the juror covers, and the review deadline. */
record JurorAssignmentView(String callId, String callTitleFr, String callTitleEn, Instant reviewDeadline,
        String applicationId, String startupName, List<String> matchedNeeds) {
}
