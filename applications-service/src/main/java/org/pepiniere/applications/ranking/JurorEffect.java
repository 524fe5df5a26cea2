package org.pepiniere.applications.ranking;

/**
 * How a juror scores compared with the others of their group, in points of 0..100: negative for a harsh juror,
 * positive for a lenient one.
 *
 * @param group the group of jurors connected through shared applications it belongs to, from 1
 */
public record JurorEffect(String jurorId, int reviews, double effect, int group) {
}
