package org.pepiniere.deploy.benchmark;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.pepiniere.contracts.Topics;

/**
 * Samples, every second, the lag of each consumer group of the submitted events and the outbox backlog:
 * submissions answered 200 whose event is not on Kafka yet (the applications topic has no other producer).
 * Keeps the largest values seen since the last {@link #reset()}, and a line per sample for the record.
 */
final class PipelineGauges implements AutoCloseable {

    static final List<String> GROUPS = List.of("notifications-service", "mentoring-service", "funding-service");

    private final Admin admin;
    private final LongSupplier submitted;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Long> maxLag = new LinkedHashMap<>();
    private final StringBuilder timeline = new StringBuilder();
    private long publishedAtStart;
    private long submittedAtStart;
    private long maxBacklog;
    private long lastBacklog;

    PipelineGauges(String bootstrapServers, LongSupplier submitted) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.submitted = submitted;
        this.publishedAtStart = published();
        this.submittedAtStart = submitted.getAsLong();
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    synchronized void reset() {
        maxLag.clear();
        maxBacklog = 0;
        timeline.setLength(0);
    }

    synchronized Map<String, Long> maxLag() {
        return Map.copyOf(maxLag);
    }

    synchronized long maxBacklog() {
        return maxBacklog;
    }

    synchronized String timeline() {
        return timeline.toString();
    }

    /** Whether every group has handled everything and the outbox is empty, at the last sample. */
    synchronized boolean idle() {
        return lastBacklog == 0 && GROUPS.stream().allMatch(group -> lastLag.getOrDefault(group, 0L) == 0);
    }

    private final Map<String, Long> lastLag = new HashMap<>();

    private void sample() {
        try {
            long backlog = Math.max(0, (submitted.getAsLong() - submittedAtStart) - (published() - publishedAtStart));
            Map<String, Long> lags = new LinkedHashMap<>();
            for (String group : GROUPS) {
                lags.put(group, lag(group));
            }
            synchronized (this) {
                lastBacklog = backlog;
                maxBacklog = Math.max(maxBacklog, backlog);
                lastLag.putAll(lags);
                lags.forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
                timeline.append(String.format("  %tT backlog %d lag %s load %s%n", System.currentTimeMillis(), backlog, lags,
                        LoadAverage.now()));
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                timeline.append("  sample failed: ").append(e).append(System.lineSeparator());
            }
        }
    }

    private long published() {
        try {
            var partitions = admin.describeTopics(List.of(Topics.APPLICATIONS)).allTopicNames().get().get(Topics.APPLICATIONS)
                    .partitions().stream().map(p -> new TopicPartition(Topics.APPLICATIONS, p.partition())).toList();
            return ends(partitions).values().stream().mapToLong(Long::longValue).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long lag(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = ends(committed.keySet().stream().toList());
            return ends.entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return end.getValue() - (offset == null ? 0 : offset.offset());
            }).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> ends(List<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        admin.close();
    }
}
