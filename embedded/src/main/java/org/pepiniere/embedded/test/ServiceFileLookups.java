package org.pepiniere.embedded.test;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class loader that counts the look-ups of service files under a prefix made through it, for a test
 * that sets it as a thread's context class loader.
 */
public final class ServiceFileLookups extends ClassLoader {

    private final String prefix;
    private final AtomicInteger lookups = new AtomicInteger();

    /** @param service the start of the service interfaces' names to count, such as {@code jakarta.mail} */
    public ServiceFileLookups(ClassLoader parent, String service) {
        super(parent);
        this.prefix = "META-INF/services/" + service;
    }

    public int count() {
        return lookups.get();
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(prefix)) {
            lookups.incrementAndGet();
        }
        return super.getResources(name);
    }
}
