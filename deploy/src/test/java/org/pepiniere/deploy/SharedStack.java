package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack, started the way the launcher starts it, once per test JVM and shared by every system
 * test that asks for it (a {@link Stack} parameter, or {@link #of(ExtensionContext)}); JUnit closes it
 * with the root context, after the last test class.
 */
public final class SharedStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    /**
     * Every browser journey and slice test comes from 127.0.0.1: the launcher's per-address limits, sized for
     * one person, would refuse a test run that registers and logs in many people within a minute.
     */
    private static final String MANY_PEOPLE_FROM_ONE_ADDRESS = "-Dpepiniere.identity.rate-limits.enabled=false";

    public static Stack of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class).stack();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return of(context);
    }

    /** Closed by JUnit when the root context closes: the stack stops and its data goes. */
    private record Running(Stack stack, Path dataDir) implements AutoCloseable {

        static Running start() {
            Path root = Path.of(System.getProperty("pepiniere.root", "..")).toAbsolutePath().normalize();
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("pepiniere-system-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> jvmOptions = new ArrayList<>(StackConfig.DEFAULT_JVM_OPTIONS);
            jvmOptions.add(MANY_PEOPLE_FROM_ONE_ADDRESS);
            Stack stack = Stack.start(StackConfig.freePorts(root, dataDir).withJvmOptions(jvmOptions));
            System.out.printf("The whole stack was ready in %d ms%n", stack.startTime().toMillis());
            return new Running(stack, dataDir);
        }

        @Override
        public void close() throws IOException {
            stack.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
