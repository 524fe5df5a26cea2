/**
 * The embedded identity provider: people register or are created by staff, log in, and receive a
 * signed token that every service trusts.
 */
@NullMarked
package org.pepiniere.gateway.identity;

import org.jspecify.annotations.NullMarked;
