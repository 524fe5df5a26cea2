package org.pepiniere.applications.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Competition ranks (1, 2, 2, 4) by score, highest first; the tie order is more reviews first, then the id. */
final class Ranks {

    static int[] of(List<String> ids, double[] score, int[] reviews) {
        var order = IntStream.range(0, ids.size()).boxed()
                .sorted(Comparator.comparingLong((Integer a) -> -Calibration.key(score[a]))
                        .thenComparing(a -> -reviews[a])
                        .thenComparing(ids::get))
                .toList();
        int[] rank = new int[ids.size()];
        for (int p = 0; p < order.size(); p++) {
            int a = order.get(p);
            boolean tied = p > 0 && Calibration.key(score[order.get(p - 1)]) == Calibration.key(score[a]);
            rank[a] = tied ? rank[order.get(p - 1)] : p + 1;
        }
        return rank;
    }

    private Ranks() {
    }
}
