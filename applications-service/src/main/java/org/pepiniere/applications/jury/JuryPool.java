package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The jurors staff chose for one call, in one document, so that a change of the pool is one conditional write.
 *
 * @param version increases with every change: the optimistic lock and the HTTP ETag; 0 while nothing is stored
 */
public record JuryPool(String callId, String incubatorId, List<PoolMember> members, long version) {

    public static final int MAX_MEMBERS = 500;

    public JuryPool {
        members = List.copyOf(members);
    }

    public static JuryPool empty(String callId, String incubatorId) {
        return new JuryPool(callId, incubatorId, List.of(), 0);
    }

    public Optional<PoolMember> member(String jurorId) {
        return members.stream().filter(member -> member.jurorId().equals(jurorId)).findFirst();
    }

    /** The members staff wrote replace the pool; the conflicts a juror declared stay with them. */
    public JuryPool replacedBy(List<PoolMember> written) {
        var before = members.stream().collect(Collectors.toMap(PoolMember::jurorId, Function.identity()));
        var after = written.stream()
                .map(member -> before.containsKey(member.jurorId()) ? member.keepingConflictsOf(before.get(member.jurorId())) : member)
                .toList();
        return new JuryPool(callId, incubatorId, after, version + 1);
    }

    /** The pool with a conflict the juror declared; the same pool when the juror is not in it. */
    public JuryPool withConflict(String jurorId, @Nullable String applicationId, @Nullable String organisation) {
        var changed = new ArrayList<PoolMember>();
        for (var member : members) {
            changed.add(member.jurorId().equals(jurorId) ? member.withConflict(applicationId, organisation) : member);
        }
        return new JuryPool(callId, incubatorId, changed, version + 1);
    }

    public List<Juror> jurors() {
        return members.stream().map(PoolMember::toJuror).toList();
    }
}
