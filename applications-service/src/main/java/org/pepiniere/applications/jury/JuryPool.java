package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The jurors staff chose for one call and the conflicts they declared, in one document, so that a change of either
 * is one conditional write. A juror's declarations outlive their membership: staff removing a juror and adding them
 * back cannot erase a conflict.
 *
 * @param version increases with every change: the optimistic lock and the HTTP ETag; 0 while nothing is stored
 */
public record JuryPool(String callId, String incubatorId, List<PoolMember> members, List<DeclaredConflicts> conflicts,
        long version) {

    public static final int MAX_MEMBERS = 500;

    public JuryPool {
        members = List.copyOf(members);
        conflicts = List.copyOf(conflicts);
    }

    public static JuryPool empty(String callId, String incubatorId) {
        return new JuryPool(callId, incubatorId, List.of(), List.of(), 0);
    }

    public Optional<PoolMember> member(String jurorId) {
        return members.stream().filter(member -> member.jurorId().equals(jurorId)).findFirst();
    }

    public DeclaredConflicts conflictsOf(String jurorId) {
        return conflicts.stream().filter(declared -> declared.jurorId().equals(jurorId)).findFirst()
                .orElse(DeclaredConflicts.none(jurorId));
    }

    /** The members staff wrote replace the pool's; every declared conflict stays. */
    public JuryPool replacedBy(List<PoolMember> written) {
        return new JuryPool(callId, incubatorId, written, conflicts, version + 1);
    }

    public JuryPool withConflict(String jurorId, @Nullable String applicationId, @Nullable String organisation) {
        var changed = new ArrayList<DeclaredConflicts>();
        conflicts.stream().filter(declared -> !declared.jurorId().equals(jurorId)).forEach(changed::add);
        changed.add(conflictsOf(jurorId).plus(applicationId, organisation));
        return new JuryPool(callId, incubatorId, members, changed, version + 1);
    }

    public List<Juror> jurors() {
        return members.stream().map(member -> member.toJuror(conflictsOf(member.jurorId()))).toList();
    }
}
