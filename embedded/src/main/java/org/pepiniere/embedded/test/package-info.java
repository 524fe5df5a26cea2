/**
 * Test support: the shared infrastructure started once per JVM, a test JWT issuer, and helpers to
 * read and check the events services publish.
 */
@NullMarked
package org.pepiniere.embedded.test;

import org.jspecify.annotations.NullMarked;
