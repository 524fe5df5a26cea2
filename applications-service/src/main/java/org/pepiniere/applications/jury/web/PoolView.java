package org.pepiniere.applications.jury.web;

import java.util.List;
import java.util.Set;

import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.PoolMember;

/** A call's jury pool as staff read it, each juror with the conflicts they declared. */
record PoolView(String callId, long version, List<Member> members) {

    record Member(String jurorId, String displayName, String email, Set<String> expertise, String affiliation,
            Set<String> conflictingApplications, Set<String> conflictingOrganisations) {

        static Member of(PoolMember member, JuryPool pool) {
            var declared = pool.conflictsOf(member.jurorId());
            return new Member(member.jurorId(), member.displayName(), member.email(), member.expertise(), member.affiliation(),
                    declared.applications(), declared.organisations());
        }
    }

    static PoolView of(JuryPool pool) {
        return new PoolView(pool.callId(), pool.version(), pool.members().stream().map(m -> Member.of(m, pool)).toList());
    }

    String etag() {
        return JuryProblems.etag(version);
    }
}
