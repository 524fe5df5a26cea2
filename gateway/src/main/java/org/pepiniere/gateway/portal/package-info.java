/** The portal: the page shell served for every client-side route, and the security headers of the portal's files. */
@NullMarked
package org.pepiniere.gateway.portal;

import org.jspecify.annotations.NullMarked;
