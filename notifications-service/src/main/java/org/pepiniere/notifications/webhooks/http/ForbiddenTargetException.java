package org.pepiniere.notifications.webhooks.http;

import java.io.Serial;
import java.util.Locale;

import org.pepiniere.notifications.webhooks.Refusal;
import org.pepiniere.platform.web.ProblemTexts;

/** A host resolved, at delivery time, to an address webhooks may not reach. */
class ForbiddenTargetException extends java.net.UnknownHostException {

    @Serial
    private static final long serialVersionUID = 1L;

    ForbiddenTargetException(Refusal refusal) {
        super(logged(refusal));
    }

    /** The refusal as the delivery log tells it: in English, like the log's other reasons. */
    static String logged(Refusal refusal) {
        return ProblemTexts.text(Locale.ENGLISH, refusal.key(), refusal.arguments().toArray());
    }
}
