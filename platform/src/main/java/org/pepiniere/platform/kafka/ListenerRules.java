package org.pepiniere.platform.kafka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;

/**
 * Stops a service from starting when its Kafka listeners break the platform's rule: one listener
 * per topic, in the service's consumer group. Kafka splits a topic's partitions between the
 * listeners of one group, so a second listener on the same topic would silently see only part of
 * the events; and a listener in another group would share the service's processed ids and
 * dead-letter topic, which the {@link org.pepiniere.platform.events.IdempotentConsumer} keys by the
 * service's group. A feature that needs events of a topic already listened to is called from that
 * listener, which dispatches by event type.
 */
final class ListenerRules implements SmartLifecycle {

    record Listener(String id, String group, List<String> topics) {
    }

    private final KafkaListenerEndpointRegistry registry;
    private final String serviceGroup;
    private volatile boolean running;

    ListenerRules(KafkaListenerEndpointRegistry registry, String serviceGroup) {
        this.registry = registry;
        this.serviceGroup = serviceGroup;
    }

    static List<String> violations(String serviceGroup, Collection<Listener> listeners) {
        var problems = new ArrayList<String>();
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (var listener : listeners) {
            if (!serviceGroup.equals(listener.group())) {
                problems.add("Kafka listener " + listener.id() + " is in consumer group " + listener.group()
                        + ", not in the service's group " + serviceGroup + ": its processed ids and dead letters would mix with the service's");
            }
            listener.topics().forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener.id()));
        }
        byTopic.forEach((topic, ids) -> {
            if (ids.size() > 1) {
                problems.add("Topic " + topic + " has " + ids.size() + " Kafka listeners " + ids + ": each would get only some"
                        + " of its partitions; keep one listener per topic and dispatch by event type in it");
            }
        });
        return problems;
    }

    @Override
    public void start() {
        var listeners = registry.getListenerContainers().stream().map(ListenerRules::describe).toList();
        var problems = violations(serviceGroup, listeners);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        running = true;
    }

    private static Listener describe(MessageListenerContainer container) {
        var properties = container.getContainerProperties();
        var named = properties.getTopics() == null ? Stream.<String>empty() : Arrays.stream(properties.getTopics());
        var assigned = properties.getTopicPartitions() == null ? Stream.<String>empty()
                : Arrays.stream(properties.getTopicPartitions()).map(TopicPartitionOffset::getTopic);
        return new Listener(container.getListenerId(), container.getGroupId(), Stream.concat(named, assigned).distinct().toList());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers start, so a broken rule stops the service before it consumes anything. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
    }
}
