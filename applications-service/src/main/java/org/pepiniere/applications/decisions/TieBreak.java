package org.pepiniere.applications.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lottery that orders the applications tied on the calibrated score at the admission cut (the last seat).
 * <p>
 * The draw, reproducible by anyone from the published seed and list: for each tied application id, compute the
 * lower-case hexadecimal SHA-256 of the UTF-8 string {@code seed + ":" + applicationId}; the tied applications are
 * ordered by that hexadecimal text, ascending (the application id breaks an equal hash, which never happens). Two
 * applications tie when their calibrated scores are equal once rounded to two decimals, as staff read them.
 *
 * @param order     the whole calibrated order once the tie is broken, first seat first
 * @param tied      the tied applications, in the order the lottery drew them; empty when nothing tied at the cut
 * @param cutScore  the calibrated score of the last seat, rounded to two decimals, or null when every application fits
 */
public record TieBreak(String incubatorId, String callId, int seats, String seed, @Nullable Double cutScore, List<String> tied,
        List<String> order, String drawnBy, Instant drawnAt) {

    public static final String ALGORITHM = "sort the tied application ids by the lower-case hex SHA-256 of seed + \":\" + applicationId, ascending";

    public TieBreak {
        tied = List.copyOf(tied);
        order = List.copyOf(order);
    }

    /** The tied ids in the lottery's order. */
    public static List<String> draw(String seed, List<String> tied) {
        return tied.stream()
                .sorted(Comparator.comparing((String id) -> ticket(seed, id)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static String ticket(String seed, String applicationId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((seed + ":" + applicationId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java platform has SHA-256", missing);
        }
    }
}
