/**
 * Staff decide the applications of a call: admitted into a cohort, wait-listed or rejected, with reasons in French
 * and English; ties at the admission cut are broken by a published, reproducible lottery; the wait list is promoted
 * when an admitted start-up withdraws.
 */
@NullMarked
package org.pepiniere.applications.decisions;

import org.jspecify.annotations.NullMarked;
