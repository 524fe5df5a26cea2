/** A founder attaches one PDF pitch deck to their application; its readers download it. */
@NullMarked
package org.pepiniere.applications.decks;

import org.jspecify.annotations.NullMarked;
