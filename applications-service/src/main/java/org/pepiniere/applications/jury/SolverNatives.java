package org.pepiniere.applications.jury;

import com.google.ortools.Loader;

/**
 * OR-Tools' native library, loaded once per JVM: the loader unpacks it from its jar to a temporary directory, which
 * takes most of a second, and loading it twice is refused.
 */
final class SolverNatives {

    private static volatile boolean loaded;

    static boolean loaded() {
        return loaded;
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    private SolverNatives() {
    }
}
