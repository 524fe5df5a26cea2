package org.pepiniere.applications.ranking;

import java.util.List;

/** Jurors connected through the applications they share, found with a union-find over the jurors. */
final class JurorGroups {

    /** Each juror's group, numbered 0, 1… in the order of the jurors' first appearance. */
    static int[] of(int jurors, List<List<Observation>> byApplication) {
        int[] parent = new int[jurors];
        for (int j = 0; j < jurors; j++) {
            parent[j] = j;
        }
        for (var reviews : byApplication) {
            for (int i = 1; i < reviews.size(); i++) {
                int first = root(parent, reviews.get(0).juror());
                int other = root(parent, reviews.get(i).juror());
                parent[Math.max(first, other)] = Math.min(first, other);
            }
        }
        int[] number = new int[jurors];
        java.util.Arrays.fill(number, -1);
        int[] group = new int[jurors];
        int next = 0;
        for (int j = 0; j < jurors; j++) {
            int root = root(parent, j);
            if (number[root] < 0) {
                number[root] = next++;
            }
            group[j] = number[root];
        }
        return group;
    }

    static int count(int[] group) {
        int max = -1;
        for (int g : group) {
            max = Math.max(max, g);
        }
        return max + 1;
    }

    private static int root(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private JurorGroups() {
    }
}
