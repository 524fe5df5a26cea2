package org.pepiniere.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;

/**
 * commons-logging's SLF4J bridge, which checks the level before it turns a message into text.
 * <p>
 * Spring logs through commons-logging, often with a {@code LogMessage} whose text is built when first asked
 * for, counting on a debug message never being built when debug is off. commons-logging's own bridge
 * ({@link Slf4jLogFactory}) asks for the text of every message before SLF4J checks the level: in the gateway,
 * the debug lines of every request were formatted and thrown away. commons-logging finds this factory through
 * its service file, before its own.
 */
public final class LevelCheckedLogFactory extends LogFactory {

    private final LogFactory bridge = new Slf4jLogFactory();
    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, named -> new LevelCheckedLog(bridge.getInstance(named)));
    }

    @Override
    public Object getAttribute(String name) {
        return bridge.getAttribute(name);
    }

    @Override
    public String[] getAttributeNames() {
        return bridge.getAttributeNames();
    }

    @Override
    public void removeAttribute(String name) {
        bridge.removeAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        bridge.setAttribute(name, value);
    }

    @Override
    public void release() {
        logs.clear();
        bridge.release();
    }
}
