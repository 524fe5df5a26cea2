/**
 * Texts people read, in French and English, from bundles on the class path. Plain Java, so that a feature's domain may
 * write its sentences with it.
 */
@NullMarked
package org.pepiniere.platform.text;

import org.jspecify.annotations.NullMarked;
