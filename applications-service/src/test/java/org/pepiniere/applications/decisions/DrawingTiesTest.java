package org.pepiniere.applications.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DrawingTiesTest {

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final String SEED = "0123456789abcdef0123456789abcdef";

    @Test
    void ordersTheTiedAcrossTheCutByTheirTicketsAndKeepsTheOthersInPlace() {
        var order = List.of(line("top", 90), line("b", 70.001), line("a", 70.0), line("c", 70.004), line("low", 20));

        var drawn = DrawingTies.at("inc", "call", 2, order, SEED, "staff", NOW);

        var expected = List.of("b", "a", "c").stream().sorted((x, y) -> TieBreak.ticket(SEED, x).compareTo(TieBreak.ticket(SEED, y)))
                .toList();
        assertThat(drawn.tied()).isEqualTo(expected);
        assertThat(drawn.order()).first().isEqualTo("top");
        assertThat(drawn.order().subList(1, 4)).isEqualTo(expected);
        assertThat(drawn.order()).last().isEqualTo("low");
        assertThat(drawn.cutScore()).isEqualTo(70.0);
    }

    @Test
    void drawsNothingWhenTheTieEndsAtTheCut() {
        var order = List.of(line("a", 80), line("b", 80), line("c", 60));

        var drawn = DrawingTies.at("inc", "call", 2, order, SEED, "staff", NOW);

        assertThat(drawn.tied()).isEmpty();
        assertThat(drawn.order()).containsExactly("a", "b", "c");
    }

    @Test
    void drawsNothingWhenEveryApplicationHasASeat() {
        var drawn = DrawingTies.at("inc", "call", 5, List.of(line("a", 80), line("b", 80)), SEED, "staff", NOW);

        assertThat(drawn.tied()).isEmpty();
        assertThat(drawn.cutScore()).isNull();
    }

    @Test
    void drawsTheSameWhateverTheOrderTheTiedAreListedIn() {
        var ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");

        assertThat(TieBreak.draw(SEED, ids)).isEqualTo(TieBreak.draw(SEED, List.of("h", "g", "f", "e", "d", "c", "b", "a")));
    }

    @Test
    void givesTheTicketAnyoneComputesWithSha256sum() {
        // printf '%s' "seed:app" | sha256sum
        assertThat(TieBreak.ticket("seed", "app")).isEqualTo("2db056b7782f22b0fe70af1ad325badb0470351b83909790b650024d4f6c6c3e");
    }

    private static RankedLine line(String id, double score) {
        return new RankedLine(id, score);
    }
}
