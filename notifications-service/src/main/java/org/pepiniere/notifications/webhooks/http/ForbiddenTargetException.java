package org.pepiniere.notifications.webhooks.http;

import java.io.Serial;

/** A host resolved, at delivery time, to an address webhooks may not reach. */
class ForbiddenTargetException extends java.net.UnknownHostException {

    @Serial
    private static final long serialVersionUID = 1L;

    ForbiddenTargetException(String detail) {
        super(detail);
    }
}
