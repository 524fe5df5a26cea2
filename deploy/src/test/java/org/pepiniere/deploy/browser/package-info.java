/**
 * The portal's browser journeys: a real Chromium on the whole stack, with a screenshot and an axe-core
 * check of every page visited.
 */
@NullMarked
package org.pepiniere.deploy.browser;

import org.jspecify.annotations.NullMarked;
