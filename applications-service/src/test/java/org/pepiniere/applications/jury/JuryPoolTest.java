package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JuryPoolTest {

    static PoolMember member(String jurorId, String... expertise) {
        return new PoolMember(jurorId, "Juror " + jurorId, null, Set.of(expertise), null);
    }

    @Test
    void keepsAJurorsDeclaredConflictsWhenStaffRemoveThemAndAddThemBack() {
        var pool = JuryPool.empty("call-1", "incubator").replacedBy(List.of(member("a"), member("b")))
                .withConflict("a", "app-1", " Mines Alès ");

        var rewritten = pool.replacedBy(List.of(member("b"))).replacedBy(List.of(member("a", "chemistry"), member("b")));

        var juror = rewritten.jurors().get(0);
        assertThat(juror.conflictingApplications()).containsExactly("app-1");
        assertThat(juror.conflictingOrganisations()).containsExactly("Mines Alès");
        assertThat(juror.expertise()).containsExactly("chemistry");
    }

    @Test
    void addsEachDeclarationToTheJurorsOwnAndCountsEveryChange() {
        var pool = JuryPool.empty("call-1", "incubator").replacedBy(List.of(member("a"), member("b")));

        var declared = pool.withConflict("a", "app-1", null).withConflict("a", null, "ENSCM").withConflict("a", "app-1", null);

        assertThat(declared.conflictsOf("a").applications()).containsExactly("app-1");
        assertThat(declared.conflictsOf("a").organisations()).containsExactly("ENSCM");
        assertThat(declared.conflictsOf("b")).isEqualTo(DeclaredConflicts.none("b"));
        assertThat(declared.version()).isEqualTo(4);
    }
}
