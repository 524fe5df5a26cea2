/** The start-ups funding knows about as applicants, projected from the applications they submitted; later, their funding requests. */
@NullMarked
package org.pepiniere.funding.startups;

import org.jspecify.annotations.NullMarked;
