package org.pepiniere.applications.jury.web;

import java.util.List;
import java.util.Set;

import org.pepiniere.applications.jury.JuryPool;

/** A call's jury pool as staff read it, with the conflicts each juror declared. */
record PoolView(String callId, long version, List<Member> members) {

    record Member(String jurorId, String displayName, String email, Set<String> expertise, String affiliation,
            Set<String> conflictingApplications, Set<String> conflictingOrganisations) {
    }

    static PoolView of(JuryPool pool) {
        return new PoolView(pool.callId(), pool.version(), pool.members().stream()
                .map(m -> new Member(m.jurorId(), m.displayName(), m.email(), m.expertise(), m.affiliation(),
                        m.conflictingApplications(), m.conflictingOrganisations()))
                .toList());
    }

    String etag() {
        return JuryProblems.etag(version);
    }
}
