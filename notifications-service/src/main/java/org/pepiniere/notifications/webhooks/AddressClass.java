package org.pepiniere.notifications.webhooks;

import java.net.InetAddress;

/**
 * Where an IP address leads. Only {@link #PUBLIC} addresses may receive webhooks: the others reach
 * the machine itself, the internal network or the cloud metadata service (169.254.169.254,
 * fd00:ec2::254), which is what server-side request forgery aims at.
 */
public enum AddressClass {
    PUBLIC,
    LOOPBACK,
    PRIVATE,
    LINK_LOCAL,
    UNSPECIFIED,
    MULTICAST,
    RESERVED;

    public static AddressClass of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ofIpv4(bytes) : ofIpv6(bytes);
    }

    private static AddressClass ofIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return UNSPECIFIED;
        }
        if (first == 127) {
            return LOOPBACK;
        }
        if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
                || (first == 100 && second >= 64 && second <= 127)) {
            return PRIVATE;
        }
        if (first == 169 && second == 254) {
            return LINK_LOCAL;
        }
        if (first >= 224 && first <= 239) {
            return MULTICAST;
        }
        if (first >= 240 || (first == 192 && second == 0 && (b[2] == 0 || b[2] == 2)) || (first == 198 && (second == 18 || second == 19))
                || (first == 198 && second == 51 && (b[2] & 0xff) == 100) || (first == 203 && second == 0 && (b[2] & 0xff) == 113)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(byte[] b) {
        if (allZero(b, 0, 16)) {
            return UNSPECIFIED;
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return LOOPBACK;
        }
        // IPv4 inside IPv6 (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16):
        // judge the IPv4 address the packets would end up at.
        if (allZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return ofIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
            return ofIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ofIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        int first = b[0] & 0xff;
        if (first == 0xff) {
            return MULTICAST;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
            return LINK_LOCAL;
        }
        if ((first & 0xfe) == 0xfc || (first == 0xfe && (b[1] & 0xc0) == 0xc0)) {
            return PRIVATE;
        }
        boolean documentation = first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8;
        boolean teredo = first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0;
        boolean discard = first == 0x01 && allZero(b, 1, 8);
        if (documentation || teredo || discard || first == 0) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
