/**
 * The staff's dashboard of each cohort: a projection fed by events (decisions, mentoring sessions, funding and its
 * tranches) and by the KPIs that founders report for their own start-up.
 */
@NullMarked
package org.pepiniere.applications.dashboard;

import org.jspecify.annotations.NullMarked;
