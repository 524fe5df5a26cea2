/** A founder drafts an application for an incubator and submits it to be reviewed. */
@NullMarked
package org.pepiniere.applications.applying;

import org.jspecify.annotations.NullMarked;
