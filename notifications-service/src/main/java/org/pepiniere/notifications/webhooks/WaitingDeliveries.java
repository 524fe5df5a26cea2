package org.pepiniere.notifications.webhooks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The due deliveries a gate turned away because their endpoint (or every worker) was busy, by endpoint, oldest
 * first: when an attempt ends, the next of them starts at once, without a sweep reading the queue to find it.
 * <p>
 * Only a hint, kept in memory: what it holds is in the delivery queue too, which the periodic sweep reads,
 * after a restart or when more wait than it keeps. Starting a delivery already started elsewhere is harmless:
 * its claim fails.
 */
final class WaitingDeliveries {

    /** A waiting delivery that may start now, with its gate's pass. */
    record Startable(String deliveryId, EndpointGates.Pass pass) {
    }

    private final int capacity;
    private final Map<String, ArrayDeque<String>> byEndpoint = new LinkedHashMap<>();
    private final LinkedHashSet<String> waiting = new LinkedHashSet<>();

    /** @param capacity how many it keeps at most; past it, the sweep finds the others */
    WaitingDeliveries(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps {@code deliveryId} to start once {@code endpointId} takes work; false when full. */
    synchronized boolean add(String endpointId, String deliveryId) {
        if (waiting.contains(deliveryId)) {
            return true;
        }
        if (waiting.size() >= capacity) {
            return false;
        }
        waiting.add(deliveryId);
        byEndpoint.computeIfAbsent(endpointId, id -> new ArrayDeque<>()).add(deliveryId);
        return true;
    }

    /**
     * The waiting deliveries whose endpoint lets an attempt start now, each with its pass, in each endpoint's
     * order. An endpoint served goes behind the others, so that when every worker is busy the slots freed go
     * round the endpoints. An endpoint whose circuit is open gives its waiting deliveries back to the sweep,
     * which puts them off until it closes.
     */
    synchronized List<Startable> startable(EndpointGates gates) {
        List<Startable> startable = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (Iterator<Map.Entry<String, ArrayDeque<String>>> endpoints = byEndpoint.entrySet().iterator(); endpoints.hasNext(); ) {
            Map.Entry<String, ArrayDeque<String>> endpoint = endpoints.next();
            ArrayDeque<String> deliveries = endpoint.getValue();
            while (!deliveries.isEmpty()) {
                EndpointGates.Entry entry = gates.enter(endpoint.getKey());
                if (entry instanceof EndpointGates.Pass pass) {
                    String deliveryId = deliveries.poll();
                    waiting.remove(deliveryId);
                    startable.add(new Startable(deliveryId, pass));
                    if (served.isEmpty() || !served.get(served.size() - 1).equals(endpoint.getKey())) {
                        served.add(endpoint.getKey());
                    }
                } else {
                    if (!((EndpointGates.Closed) entry).retryIn().isZero()) {
                        deliveries.forEach(waiting::remove);
                        deliveries.clear();
                    }
                    break;
                }
            }
            if (deliveries.isEmpty()) {
                endpoints.remove();
            }
        }
        for (String endpointId : served) {
            ArrayDeque<String> left = byEndpoint.remove(endpointId);
            if (left != null) {
                byEndpoint.put(endpointId, left);
            }
        }
        return startable;
    }

    synchronized int size() {
        return waiting.size();
    }
}
