package org.pepiniere.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Before anything starts, every port must be free: a service that cannot bind its port dies, and
 * meanwhile whatever holds the port may answer for it. Both the loopback and the wildcard address are
 * tried, since the embedded components listen on the one and the services on the other.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(Map<Port, Integer> ports) {
        ports.forEach(PortCheck::requireFree);
    }

    static void requireFree(Port port, int number) {
        if (!free(InetAddress.getLoopbackAddress(), number) || !free(null, number)) {
            throw StackStartException.portTaken(port, number);
        }
    }

    private static boolean free(InetAddress address, int number) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the services' own servers do, so that a port left in TIME_WAIT by a previous run counts as free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, number));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
