package org.pepiniere.applications.jury;

/**
 * @param forced how many of them are pinned or locked
 * @param cost what this load added to the total
 */
public record JurorLoad(String jurorId, int load, int forced, long cost) {
}
