package org.pepiniere.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The launcher's options, from {@code --key=value} arguments or else from {@code PEPINIERE_KEY} environment
 * variables: {@code root}, {@code data-dir}, every {@code <component>-port}, {@code jvm-options},
 * {@code readiness-timeout} (seconds) and {@code lang} (fr or en).
 */
record LaunchOptions(StackConfig stack, Locale locale) {

    private static final Set<String> OTHER_KEYS = Set.of("root", "data-dir", "jvm-options", "readiness-timeout", "lang");

    static Set<String> keys() {
        return Stream.concat(OTHER_KEYS.stream(), Arrays.stream(Port.values()).map(Port::option)).collect(Collectors.toSet());
    }

    static boolean wantsHelp(String[] args) {
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    }

    /** The language asked for, read before anything else so that even errors about other options use it. */
    static Locale locale(String[] args, Map<String, String> env) {
        String lang = env.getOrDefault("PEPINIERE_LANG", "fr");
        for (String arg : args) {
            if (arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            }
        }
        return "en".equalsIgnoreCase(lang.trim()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    static LaunchOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        Map<String, String> values = new HashMap<>();
        for (String key : keys()) {
            String fromEnv = env.get("PEPINIERE_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(key, fromEnv.trim());
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException(Messages.get("option.malformed", arg));
            }
            String key = arg.substring(2, arg.indexOf('='));
            if (!keys().contains(key)) {
                throw new IllegalArgumentException(Messages.get("option.unknown", key));
            }
            values.put(key, arg.substring(arg.indexOf('=') + 1).trim());
        }
        Path root = workingDir.resolve(values.getOrDefault("root", "."));
        Path dataDir = workingDir.resolve(values.getOrDefault("data-dir", "data"));
        Map<Port, Integer> ports = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            ports.put(port, number(port.option(), values.getOrDefault(port.option(), String.valueOf(port.defaultPort())), 0, 65535));
        }
        List<String> jvmOptions = values.containsKey("jvm-options")
                ? List.of(values.get("jvm-options").split("\\s+"))
                : StackConfig.DEFAULT_JVM_OPTIONS;
        Duration timeout = values.containsKey("readiness-timeout")
                ? Duration.ofSeconds(number("readiness-timeout", values.get("readiness-timeout"), 1, 3600))
                : StackConfig.DEFAULT_READINESS_TIMEOUT;
        return new LaunchOptions(new StackConfig(root, dataDir, ports, jvmOptions, timeout), locale(args, env));
    }

    private static int number(String key, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.get("option.number", key, value, String.valueOf(min), String.valueOf(max)));
    }
}
