package org.pepiniere.applications.ranking;

/**
 * Why a call cannot be ranked; the slug is the problem type a client can rely on, and {@code ranking.<slug>} the key
 * of its explanation in the service's problem texts.
 */
public enum RankingRefusal {
    CALL_NOT_FOUND("call-not-found"),
    CALL_NOT_PUBLISHED("call-not-published");

    private final String slug;

    RankingRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
