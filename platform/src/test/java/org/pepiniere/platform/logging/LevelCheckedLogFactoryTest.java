package org.pepiniere.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.log.LogMessage;

/**
 * Through commons-logging, as Spring logs: a message of a level not logged is never turned into text, one of
 * a level logged still is.
 */
class LevelCheckedLogFactoryTest {

    private final AtomicInteger built = new AtomicInteger();

    @Test
    void commonsLoggingFindsThisFactoryThroughItsServiceFile() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
    }

    @Test
    void buildsNoMessageOfALevelNotLogged() {
        Log log = LogFactory.getLog(LevelCheckedLogFactoryTest.class);
        assertThat(log.isTraceEnabled()).isFalse();

        log.trace(LogMessage.of(this::text));
        log.trace(LogMessage.of(this::text), new IllegalStateException("not logged"));

        assertThat(built).hasValue(0);
    }

    @Test
    void buildsTheMessageOfALevelLogged() {
        Log log = LogFactory.getLog(LevelCheckedLogFactoryTest.class);
        assertThat(log.isWarnEnabled()).isTrue();

        log.warn(LogMessage.of(this::text));

        assertThat(built).hasValue(1);
    }

    private String text() {
        built.incrementAndGet();
        return "a message built for the log";
    }
}
