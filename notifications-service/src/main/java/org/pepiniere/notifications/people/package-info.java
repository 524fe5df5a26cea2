/** The people this service writes to: a projection of the identity events of the gateway. */
@NullMarked
package org.pepiniere.notifications.people;

import org.jspecify.annotations.NullMarked;
