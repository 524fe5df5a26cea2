/** The start-ups mentoring knows about, projected from the applications they submitted; later, their mentoring needs. */
@NullMarked
package org.pepiniere.mentoring.startups;

import org.jspecify.annotations.NullMarked;
