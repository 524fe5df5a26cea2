/**
 * The local launcher: the embedded components, the demo partner bank and every service in a JVM of
 * its own, started with one command.
 */
@NullMarked
package org.pepiniere.deploy;

import org.jspecify.annotations.NullMarked;
