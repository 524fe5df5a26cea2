package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.pepiniere.embedded.Closing;
import org.pepiniere.embedded.EmbeddedStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole local stack: the embedded components and the demo bank in this JVM, each service in a JVM
 * of its own. Any service can be stopped and started again while the rest goes on. When this JVM exits,
 * the services are stopped with it.
 */
public final class Stack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Stack.class);

    private final StackConfig config;
    private final EmbeddedStack infrastructure;
    private final DemoBankReceiver demoBank;
    private final Map<Service, ChildJvm> children = new ConcurrentHashMap<>();
    private final Readiness readiness = new Readiness();
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Thread shutdownHook = new Thread(this::close, "pepiniere-stack-stop");
    private volatile BiConsumer<Service, Integer> onUnexpectedExit = (service, code) -> { };
    private volatile Duration startTime = Duration.ZERO;
    private final ClassDataSharing classDataSharing;
    private volatile CompletableFuture<Void> archives = new CompletableFuture<>();

    private Stack(StackConfig config, EmbeddedStack infrastructure, DemoBankReceiver demoBank) {
        this.config = config;
        this.infrastructure = infrastructure;
        this.demoBank = demoBank;
        this.classDataSharing = new ClassDataSharing(config);
    }

    /**
     * Starts everything and returns once every service is ready; stops what was started and throws a
     * {@link StackStartException} when a service dies or does not become ready in time.
     */
    public static Stack start(StackConfig requested) {
        long begin = System.nanoTime();
        StackConfig config = requested.withResolvedPorts();
        for (Service service : Service.values()) {
            RunnableJars.of(service, config.root());
        }
        PortCheck.requireFree(config.ports());
        createDirectories(config);
        EmbeddedStack infrastructure = EmbeddedStack.start(config.embeddedSettings());
        DemoBankReceiver demoBank;
        try {
            demoBank = DemoBankReceiver.start(config.port(Port.DEMO_BANK), DemoBankSecret.loadOrCreate(config.dataDir()),
                    infrastructure.smtp());
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        Stack stack = new Stack(config, infrastructure, demoBank);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.classDataSharing.extractAll();
            stack.startServices(List.of(Service.values()));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        stack.startTime = Duration.ofNanos(System.nanoTime() - begin);
        stack.archives = stack.classDataSharing.trainInBackground();
        return stack;
    }

    /** Starts a stopped service again and waits until it is ready; the time it took. */
    public Duration start(Service service) {
        ChildJvm running = children.get(service);
        if (running != null && running.isAlive()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        PortCheck.requireFree(service.port(), config.port(service.port()));
        return startServices(List.of(service));
    }

    /** Stops one service (gracefully, then forcibly after 30 s). */
    public void stop(Service service) {
        ChildJvm child = children.remove(service);
        if (child != null) {
            child.stopNow();
            log.info("{} stopped", service.module());
        }
    }

    public boolean isRunning(Service service) {
        ChildJvm child = children.get(service);
        return child != null && child.isAlive();
    }

    /** Called when a service's JVM exits without being asked to (a crash). */
    public void onUnexpectedExit(BiConsumer<Service, Integer> listener) {
        this.onUnexpectedExit = listener;
    }

    private Duration startServices(List<Service> services) {
        long begin = System.nanoTime();
        Map<Service, CompletableFuture<Duration>> ready = new ConcurrentHashMap<>();
        synchronized (children) {
            if (closing.isDone()) {
                throw new StackStoppingException();
            }
            for (Service service : services) {
                ChildJvm child = ChildJvm.start(service, config);
                children.put(service, child);
                ready.put(service, readiness.await(child, config.port(service.port()), config.readinessTimeout()));
            }
        }
        try {
            Readiness.all(ready.values(), closing).join();
        } catch (CompletionException e) {
            CompletableFuture.allOf(services.stream().map(children::remove).filter(c -> c != null).map(ChildJvm::stop)
                    .toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        for (Service service : services) {
            log.info("{} ready in {} ms", service.module(), ready.get(service).join().toMillis());
            children.get(service).unexpectedExit().thenAccept(code -> onUnexpectedExit.accept(service, code));
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    public URI url(Service service) {
        return URI.create(ServiceProperties.url(config, service.port()));
    }

    public URI gatewayUrl() {
        return url(Service.GATEWAY);
    }

    /** The configuration in use, ports resolved. */
    public StackConfig config() {
        return config;
    }

    public EmbeddedStack infrastructure() {
        return infrastructure;
    }

    public DemoBankReceiver demoBank() {
        return demoBank;
    }

    /**
     * Completes once every service has its class data sharing archive, built in the background after the
     * stack was ready; a service started again after that starts faster.
     */
    public CompletableFuture<Void> classDataSharingArchives() {
        return archives;
    }

    /** From the call to {@link #start(StackConfig)} until every service was ready. */
    public Duration startTime() {
        return startTime;
    }

    /** Stops every service, then the demo bank, then Kafka, MongoDB and SMTP; returns once all are stopped. */
    @Override
    public void close() {
        List<ChildJvm> running;
        synchronized (children) {
            if (!closing.complete(null)) {
                closed.join();
                return;
            }
            running = List.copyOf(children.values());
            children.clear();
        }
        classDataSharing.close();
        try {
            CompletableFuture.allOf(running.stream().map(ChildJvm::stop).toArray(CompletableFuture[]::new))
                    .exceptionally(failure -> null).join();
            Closing.quietly(demoBank, infrastructure);
        } finally {
            closed.complete(null);
            removeShutdownHook();
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing to remove
            }
        }
    }

    private static void createDirectories(StackConfig config) {
        try {
            Files.createDirectories(config.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
