package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The request indexed for the solver: applications and jurors by position, names normalised once, tags as bit sets, so
 * that the n × m pairs are judged without a string operation each.
 */
final class Pool {

    final AssignmentRequest request;
    final int applications;
    final int jurors;
    private final Map<String, Integer> applicationIndex = new HashMap<>();
    private final Map<String, Integer> jurorIndex = new HashMap<>();
    private final List<Set<String>> teamAffiliations = new ArrayList<>();
    private final long[][] needs;
    private final int[] needCounts;
    private final long[][] expertise;
    private final List<Set<String>> normalisedExpertise = new ArrayList<>();
    private final @Nullable String[] jurorAffiliations;
    private final List<Set<String>> conflictingOrganisations = new ArrayList<>();
    private final List<Set<Integer>> forbidden = new ArrayList<>();

    Pool(AssignmentRequest request) {
        this.request = request;
        this.applications = request.applications().size();
        this.jurors = request.jurors().size();
        var tags = new HashMap<String, Integer>();
        needs = new long[applications][];
        needCounts = new int[applications];
        for (int a = 0; a < applications; a++) {
            var application = request.applications().get(a);
            applicationIndex.put(application.id(), a);
            teamAffiliations.add(Names.normalise(application.teamAffiliations()));
            var normalisedNeeds = Names.normalise(application.needs());
            normalisedNeeds.forEach(tag -> tags.putIfAbsent(tag, tags.size()));
            needCounts[a] = normalisedNeeds.size();
            needs[a] = mask(normalisedNeeds, tags);
        }
        expertise = new long[jurors][];
        jurorAffiliations = new String[jurors];
        for (int j = 0; j < jurors; j++) {
            var juror = request.jurors().get(j);
            jurorIndex.put(juror.id(), j);
            normalisedExpertise.add(Names.normalise(juror.expertise()));
            expertise[j] = mask(normalisedExpertise.get(j), tags);
            jurorAffiliations[j] = juror.affiliation() == null ? null : Names.normalise(juror.affiliation());
            conflictingOrganisations.add(Names.normalise(juror.conflictingOrganisations()));
            forbidden.add(new HashSet<>());
        }
        request.forbids().forEach(pair -> forbidden.get(juror(pair)).add(application(pair)));
    }

    int application(Pair pair) {
        return applicationIndex.get(pair.applicationId());
    }

    int juror(Pair pair) {
        return jurorIndex.get(pair.jurorId());
    }

    ApplicationToReview application(int a) {
        return request.applications().get(a);
    }

    Juror juror(int j) {
        return request.jurors().get(j);
    }

    /** Why juror j may not review application a, conflicts first; null when they may. */
    @Nullable Exclusion exclusion(int a, int j) {
        var conflict = conflict(a, j);
        var forbids = forbidden.get(j);
        return conflict != null ? conflict : !forbids.isEmpty() && forbids.contains(a) ? Exclusion.FORBIDDEN_BY_STAFF : null;
    }

    @Nullable Exclusion conflict(int a, int j) {
        if (juror(j).conflictingApplications().contains(application(a).id())) {
            return Exclusion.CONFLICT_DECLARED_WITH_APPLICATION;
        }
        var team = teamAffiliations.get(a);
        if (jurorAffiliations[j] != null && team.contains(jurorAffiliations[j])) {
            return Exclusion.SAME_AFFILIATION_AS_TEAM;
        }
        for (var organisation : conflictingOrganisations.get(j)) {
            if (team.contains(organisation)) {
                return Exclusion.CONFLICT_DECLARED_WITH_ORGANISATION;
            }
        }
        return null;
    }

    long affinityCost(int a, int j) {
        return request.costs().affinityCost(matched(a, j), needCounts[a]);
    }

    Affinity affinity(int a, int j) {
        var jurorTags = normalisedExpertise.get(j);
        var matched = application(a).needs().stream()
                .filter(need -> jurorTags.contains(Names.normalise(need)))
                .sorted()
                .toList();
        return new Affinity(matched, needCounts[a], affinityCost(a, j));
    }

    private int matched(int a, int j) {
        int count = 0;
        var applicationNeeds = needs[a];
        var jurorExpertise = expertise[j];
        for (int word = 0; word < Math.min(applicationNeeds.length, jurorExpertise.length); word++) {
            count += Long.bitCount(applicationNeeds[word] & jurorExpertise[word]);
        }
        return count;
    }

    /** Tags outside {@code index} are nobody's need: they cannot match, and are left out. */
    private static long[] mask(Set<String> tags, Map<String, Integer> index) {
        var words = new long[(index.size() + 63) / 64 + 1];
        for (var tag : tags) {
            var bit = index.get(tag);
            if (bit != null) {
                words[bit / 64] |= 1L << (bit % 64);
            }
        }
        return words;
    }
}
