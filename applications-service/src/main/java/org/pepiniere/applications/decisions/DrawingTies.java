package org.pepiniere.applications.decisions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks the tie at the admission cut of a calibrated order: the applications whose score equals the last seat's
 * (at two decimals) are drawn by {@link TieBreak#draw}, and take, in the drawn order, the places they held together.
 */
public final class DrawingTies {

    private DrawingTies() {
    }

    public static TieBreak at(String incubatorId, String callId, int seats, List<RankedLine> calibratedOrder, String seed,
            String staffId, Instant now) {
        var ids = calibratedOrder.stream().map(RankedLine::applicationId).toList();
        if (seats >= calibratedOrder.size()) {
            return new TieBreak(incubatorId, callId, seats, seed, null, List.of(), ids, staffId, now);
        }
        BigDecimal cut = rounded(calibratedOrder.get(seats - 1).calibratedScore());
        int first = -1;
        int last = -1;
        for (int i = 0; i < calibratedOrder.size(); i++) {
            if (rounded(calibratedOrder.get(i).calibratedScore()).compareTo(cut) == 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        var tied = ids.subList(first, last + 1);
        if (tied.size() < 2 || last < seats) {
            return new TieBreak(incubatorId, callId, seats, seed, cut.doubleValue(), List.of(), ids, staffId, now);
        }
        var drawn = TieBreak.draw(seed, tied);
        var order = new ArrayList<>(ids.subList(0, first));
        order.addAll(drawn);
        order.addAll(ids.subList(last + 1, ids.size()));
        return new TieBreak(incubatorId, callId, seats, seed, cut.doubleValue(), drawn, order, staffId, now);
    }

    private static BigDecimal rounded(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
    }
}
