package org.pepiniere.applications.dashboard;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Money in integer cents, summed per currency (amounts in two currencies are never added together). */
public record Amounts(Map<String, Long> byCurrency) {

    public static final Amounts NONE = new Amounts(Map.of());

    public Amounts {
        byCurrency = Collections.unmodifiableMap(new TreeMap<>(byCurrency));
    }

    public Amounts plus(String currency, long cents) {
        var sum = new TreeMap<>(byCurrency);
        sum.merge(currency, cents, Long::sum);
        return new Amounts(sum);
    }

    public Amounts plus(Amounts other) {
        var sum = new TreeMap<>(byCurrency);
        other.byCurrency.forEach((currency, cents) -> sum.merge(currency, cents, Long::sum));
        return new Amounts(sum);
    }
}
