package org.pepiniere.applications.jury;

import java.util.HashSet;
import java.util.Set;

final class Sets {

    static <T> Set<T> plus(Set<T> set, T element) {
        var copy = new HashSet<>(set);
        copy.add(element);
        return Set.copyOf(copy);
    }

    private Sets() {
    }
}
