package org.pepiniere.applications.jury.mongo;

import java.util.List;
import java.util.Set;

import org.pepiniere.applications.jury.DeclaredConflicts;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.PoolMember;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored shape of a call's jury pool and its jurors' declared conflicts; its id is the call's. */
@Document(MongoJuryPools.COLLECTION)
record PoolDocument(@Id String id, String incubatorId, List<MemberDocument> members, List<ConflictsDocument> conflicts,
        long version) {

    record MemberDocument(String jurorId, String displayName, String email, Set<String> expertise, String affiliation) {

        static MemberDocument from(PoolMember member) {
            return new MemberDocument(member.jurorId(), member.displayName(), member.email(), member.expertise(),
                    member.affiliation());
        }

        PoolMember toDomain() {
            return new PoolMember(jurorId, displayName, email, orEmpty(expertise), affiliation);
        }
    }

    record ConflictsDocument(String jurorId, Set<String> applications, Set<String> organisations) {

        static ConflictsDocument from(DeclaredConflicts declared) {
            return new ConflictsDocument(declared.jurorId(), declared.applications(), declared.organisations());
        }

        DeclaredConflicts toDomain() {
            return new DeclaredConflicts(jurorId, orEmpty(applications), orEmpty(organisations));
        }
    }

    static List<MemberDocument> members(JuryPool pool) {
        return pool.members().stream().map(MemberDocument::from).toList();
    }

    static List<ConflictsDocument> conflicts(JuryPool pool) {
        return pool.conflicts().stream().map(ConflictsDocument::from).toList();
    }

    JuryPool toDomain() {
        return new JuryPool(id, incubatorId,
                members == null ? List.of() : members.stream().map(MemberDocument::toDomain).toList(),
                conflicts == null ? List.of() : conflicts.stream().map(ConflictsDocument::toDomain).toList(),
                version);
    }

    private static Set<String> orEmpty(Set<String> set) {
        return set == null ? Set.of() : set;
    }
}
