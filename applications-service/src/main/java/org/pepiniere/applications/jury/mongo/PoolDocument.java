package org.pepiniere.applications.jury.mongo;

import java.util.List;
import java.util.Set;

import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.PoolMember;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored shape of a call's jury pool; its id is the call's. */
@Document(MongoJuryPools.COLLECTION)
record PoolDocument(@Id String id, String incubatorId, List<MemberDocument> members, long version) {

    record MemberDocument(String jurorId, String displayName, String email, Set<String> expertise, String affiliation,
            Set<String> conflictingApplications, Set<String> conflictingOrganisations) {

        static MemberDocument from(PoolMember member) {
            return new MemberDocument(member.jurorId(), member.displayName(), member.email(), member.expertise(),
                    member.affiliation(), member.conflictingApplications(), member.conflictingOrganisations());
        }

        PoolMember toDomain() {
            return new PoolMember(jurorId, displayName, email, orEmpty(expertise), affiliation,
                    orEmpty(conflictingApplications), orEmpty(conflictingOrganisations));
        }
    }

    static List<MemberDocument> members(JuryPool pool) {
        return pool.members().stream().map(MemberDocument::from).toList();
    }

    JuryPool toDomain() {
        return new JuryPool(id, incubatorId, members == null ? List.of() : members.stream().map(MemberDocument::toDomain).toList(),
                version);
    }

    private static Set<String> orEmpty(Set<String> set) {
        return set == null ? Set.of() : set;
    }
}
