/** Emails in the reader's language, kept until sent: a durable queue drained by attempts and a sweep. */
@NullMarked
package org.pepiniere.notifications.email;

import org.jspecify.annotations.NullMarked;
