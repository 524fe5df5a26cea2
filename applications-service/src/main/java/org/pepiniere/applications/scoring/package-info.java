/**
 * Jurors score their assigned applications on the call's weighted grid, with a comment, and revise until the review
 * deadline; an application's review completes, once, when all its jurors have scored it.
 */
@NullMarked
package org.pepiniere.applications.scoring;

import org.jspecify.annotations.NullMarked;
