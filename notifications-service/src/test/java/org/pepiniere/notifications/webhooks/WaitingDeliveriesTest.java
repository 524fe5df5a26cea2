package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The waiting deliveries start in each endpoint's order as their endpoint takes work, the endpoints in turn,
 * within a bound.
 */
class WaitingDeliveriesTest {

    private final Map<String, Integer> freeSlots = new HashMap<>();
    private final Map<String, Duration> openFor = new HashMap<>();
    /** Workers free overall, whatever the endpoint. */
    private int freeWorkers = Integer.MAX_VALUE;
    private final EndpointGates gates = endpointId -> {
        if (openFor.containsKey(endpointId)) {
            return new EndpointGates.Closed(openFor.get(endpointId));
        }
        int free = freeSlots.getOrDefault(endpointId, 0);
        if (free == 0 || freeWorkers == 0) {
            return new EndpointGates.Closed(Duration.ZERO);
        }
        freeSlots.put(endpointId, free - 1);
        freeWorkers--;
        return new EndpointGates.Pass() {
            @Override
            public void completed(Attempt attempt) {
            }

            @Override
            public void abandoned() {
            }
        };
    };

    @Test
    void startsAsManyAsEachEndpointTakesInTheOrderTheyWaitedThenPutsItBehindTheOthers() {
        var waiting = new WaitingDeliveries(10);
        waiting.add("bank-a", "d1");
        waiting.add("bank-b", "d2");
        waiting.add("bank-a", "d3");
        waiting.add("bank-a", "d4");
        freeSlots.put("bank-a", 2);

        assertThat(waiting.startable(gates)).extracting(WaitingDeliveries.Startable::deliveryId).containsExactly("d1", "d3");

        // bank-a was served: bank-b comes first now
        freeSlots.put("bank-a", 5);
        freeSlots.put("bank-b", 5);
        assertThat(waiting.startable(gates)).extracting(WaitingDeliveries.Startable::deliveryId).containsExactly("d2", "d4");
        assertThat(waiting.size()).isZero();
    }

    @Test
    void givesTheWorkersFreedOneByOneToEachBusyEndpointInTurn() {
        var waiting = new WaitingDeliveries(10);
        for (int i = 1; i <= 3; i++) {
            waiting.add("bank-a", "a" + i);
            waiting.add("bank-b", "b" + i);
        }
        freeSlots.put("bank-a", 8);
        freeSlots.put("bank-b", 8);

        var started = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            freeWorkers = 1;
            waiting.startable(gates).forEach(each -> started.add(each.deliveryId()));
        }

        assertThat(started).containsExactly("a1", "b1", "a2", "b2", "a3", "b3");
    }

    @Test
    void keepsADeliveryOnceAndNoMoreThanItsCapacity() {
        var waiting = new WaitingDeliveries(2);

        assertThat(waiting.add("bank-a", "d1")).isTrue();
        assertThat(waiting.add("bank-a", "d1")).isTrue();
        assertThat(waiting.add("bank-a", "d2")).isTrue();
        assertThat(waiting.add("bank-a", "d3")).isFalse();
        assertThat(waiting.size()).isEqualTo(2);
    }

    @Test
    void givesTheDeliveriesOfAnEndpointWhoseCircuitIsOpenBackToTheSweep() {
        var waiting = new WaitingDeliveries(10);
        waiting.add("dead-bank", "d1");
        waiting.add("dead-bank", "d2");
        waiting.add("bank-a", "d3");
        openFor.put("dead-bank", Duration.ofSeconds(30));
        freeSlots.put("bank-a", 1);

        assertThat(waiting.startable(gates)).extracting(WaitingDeliveries.Startable::deliveryId).containsExactly("d3");
        assertThat(waiting.size()).isZero();
    }
}
