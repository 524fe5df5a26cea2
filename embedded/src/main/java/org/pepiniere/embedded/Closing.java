package org.pepiniere.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes components without letting one failure stop the others from closing. */
public final class Closing {

    private static final Logger log = LoggerFactory.getLogger(Closing.class);

    private Closing() {
    }

    public static void quietly(AutoCloseable... components) {
        for (AutoCloseable component : components) {
            try {
                component.close();
            } catch (Exception e) {
                log.warn("could not close {} cleanly", component, e);
            }
        }
    }
}
