package org.pepiniere.notifications.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution, which blocks: callers run it off the event loop. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
