package org.pepiniere.embedded.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the MongoDB commands that the application of a Spring test sends, by command and collection:
 * the work of one operation counted exactly, where a timing on a shared machine is noise. Add
 * {@code @Import(MongoCommands.Counting.class)} to the test, take {@link #mark()} before the operation and
 * read {@link #since} once the application is quiet ({@link #awaitQuiet}).
 * <p>
 * A command is one round trip; its statements (documents of an {@code insert}, updates of an
 * {@code update}, deletes of a {@code delete}) are the work the server does for it.
 */
public final class MongoCommands implements CommandListener {

    private static final MongoCommands LOG = new MongoCommands();
    private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster", "buildinfo", "ping", "endsessions", "saslstart",
            "saslcontinue", "getlasterror");

    private final List<Command> commands = new ArrayList<>();
    private final AtomicLong lastAt = new AtomicLong(System.nanoTime());

    /** One command sent: its name, its collection (empty when it names none) and how many statements it carried. */
    public record Command(String name, String collection, int statements) {

        String key() {
            return collection.isEmpty() ? name : name + " " + collection;
        }
    }

    /** The commands sent between a {@link #mark()} and now, for one unit of work counted {@code units} times. */
    public record Counts(List<Command> commands, int units) {

        public double perUnit() {
            return (double) commands.size() / units;
        }

        public double statementsPerUnit() {
            return (double) commands.stream().mapToInt(Command::statements).sum() / units;
        }

        /** Commands per unit by "command collection", in name order. */
        public Map<String, Double> byCommand() {
            var counts = new TreeMap<String, Double>();
            commands.forEach(command -> counts.merge(command.key(), 1.0 / units, Double::sum));
            return counts;
        }

        /** A table for the build log, as the other cost tests print theirs. */
        public String table(String title, String unit) {
            var table = new StringBuilder(String.format("%n%s: MongoDB commands per %s (%d counted)%n", title, unit, units));
            byCommand().forEach((key, count) -> table.append(String.format("  %-40s %6.2f%n", key, count)));
            table.append(String.format("  %-40s %6.2f commands, %.2f statements%n", "total", perUnit(), statementsPerUnit()));
            return table.toString();
        }
    }

    /** Registers the counting listener on the application's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        MongoClientSettingsBuilderCustomizer countMongoCommands() {
            return builder -> builder.addCommandListener(LOG);
        }
    }

    /** The position in the log now. */
    public static int mark() {
        synchronized (LOG.commands) {
            return LOG.commands.size();
        }
    }

    public static Counts since(int mark, int units) {
        synchronized (LOG.commands) {
            return new Counts(List.copyOf(LOG.commands.subList(mark, LOG.commands.size())), units);
        }
    }

    /** Waits until the application has sent no command for {@code quiet}: what it does in the background is done too. */
    public static void awaitQuiet(Duration quiet) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> System.nanoTime() - LOG.lastAt.get() > quiet.toNanos());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (HANDSHAKES.contains(name.toLowerCase())) {
            return;
        }
        BsonDocument command = event.getCommand();
        BsonValue target = command.get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        var counted = new Command(name, collection, statements(name, command));
        synchronized (commands) {
            commands.add(counted);
        }
        lastAt.set(System.nanoTime());
    }

    private static int statements(String name, BsonDocument command) {
        String field = switch (name) {
            case "insert" -> "documents";
            case "update" -> "updates";
            case "delete" -> "deletes";
            default -> null;
        };
        return field != null && command.isArray(field) ? command.getArray(field).size() : 1;
    }
}
