package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The waiting deliveries start in each endpoint's order as their endpoint takes work, within a bound. */
class WaitingDeliveriesTest {

    private final Map<String, Integer> freeSlots = new HashMap<>();
    private final Map<String, Duration> openFor = new HashMap<>();
    private final EndpointGates gates = endpointId -> {
        if (openFor.containsKey(endpointId)) {
            return new EndpointGates.Closed(openFor.get(endpointId));
        }
        int free = freeSlots.getOrDefault(endpointId, 0);
        if (free == 0) {
            return new EndpointGates.Closed(Duration.ZERO);
        }
        freeSlots.put(endpointId, free - 1);
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
    void startsAsManyAsEachEndpointTakesInTheOrderTheyWaited() {
        var waiting = new WaitingDeliveries(10);
        waiting.add("bank-a", "d1");
        waiting.add("bank-b", "d2");
        waiting.add("bank-a", "d3");
        waiting.add("bank-a", "d4");
        freeSlots.put("bank-a", 2);

        assertThat(waiting.startable(gates)).extracting(WaitingDeliveries.Startable::deliveryId).containsExactly("d1", "d3");

        freeSlots.put("bank-a", 5);
        freeSlots.put("bank-b", 5);
        assertThat(waiting.startable(gates)).extracting(WaitingDeliveries.Startable::deliveryId).containsExactly("d4", "d2");
        assertThat(waiting.size()).isZero();
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
