package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, LOOPBACK",
        "127.255.0.9, LOOPBACK",
        "::1, LOOPBACK",
        "10.0.0.1, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.254, PRIVATE",
        "192.168.1.10, PRIVATE",
        "100.64.0.1, PRIVATE",
        "fc00::1, PRIVATE",
        "fd00:ec2::254, PRIVATE",
        "169.254.169.254, LINK_LOCAL",
        "fe80::1, LINK_LOCAL",
        "0.0.0.0, UNSPECIFIED",
        "::, UNSPECIFIED",
        "224.0.0.1, MULTICAST",
        "ff02::1, MULTICAST",
        "255.255.255.255, RESERVED",
        "2001:db8::1, RESERVED",
        "::ffff:10.0.0.1, PRIVATE",
        "::127.0.0.1, LOOPBACK",
        "64:ff9b::a9fe:a9fe, LINK_LOCAL",
        "2002:7f00:1::1, LOOPBACK",
        "172.32.0.1, PUBLIC",
        "8.8.8.8, PUBLIC",
        "93.184.216.34, PUBLIC",
        "2606:4700:4700::1111, PUBLIC",
    })
    void classifiesAddresses(String address, AddressClass expected) throws Exception {
        assertThat(AddressClass.of(InetAddress.getByName(address))).isEqualTo(expected);
    }
}
