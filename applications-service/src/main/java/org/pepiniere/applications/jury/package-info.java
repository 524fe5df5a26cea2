/**
 * Staff assign each submitted application of a call its k jurors: never one with a conflict, loads balanced,
 * expertise matched, as a minimum-cost flow solved by OR-Tools.
 */
@NullMarked
package org.pepiniere.applications.jury;

import org.jspecify.annotations.NullMarked;
