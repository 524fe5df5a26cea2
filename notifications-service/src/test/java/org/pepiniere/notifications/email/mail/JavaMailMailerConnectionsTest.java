package org.pepiniere.notifications.email.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.SmtpServer;
import org.pepiniere.notifications.email.OutgoingEmail;
import org.pepiniere.notifications.email.RenderedEmail;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import reactor.core.publisher.Flux;

class JavaMailMailerConnectionsTest {

    private SmtpServer smtp;
    private CountingProxy proxy;
    private JavaMailMailer mailer;

    @BeforeEach
    void startRelay() throws Exception {
        smtp = SmtpServer.start(0);
        proxy = new CountingProxy(smtp.host(), smtp.port());
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(proxy.port());
        mailer = new JavaMailMailer(sender, "Pépinière <noreply@pepiniere.test>", "pepiniere.test");
    }

    @AfterEach
    void stopRelay() throws Exception {
        mailer.close();
        proxy.close();
        smtp.close();
    }

    @Test
    void sendsManyEmailsOverOneConnection() {
        IntStream.range(0, 20).forEach(i -> mailer.send(email("founder" + i + "@pepiniere.test")).block());

        assertThat(smtp.awaitReceived(20, Duration.ofSeconds(10))).isTrue();
        assertThat(proxy.connections()).isEqualTo(1);
    }

    @Test
    void sendsEmailsAtOnceOverNoMoreConnectionsThanAreKept() {
        Flux.range(0, 40).flatMap(i -> mailer.send(email("founder" + i + "@pepiniere.test")), 4).blockLast();

        assertThat(smtp.awaitReceived(40, Duration.ofSeconds(10))).isTrue();
        assertThat(proxy.connections()).isBetween(1, JavaMailMailer.KEPT_CONNECTIONS);
    }

    @Test
    void reopensADroppedConnectionWithoutLosingTheEmail() {
        mailer.send(email("first@pepiniere.test")).block();

        proxy.cutAll();
        mailer.send(email("after-the-cut@pepiniere.test")).block();

        assertThat(smtp.awaitReceived(2, Duration.ofSeconds(10))).isTrue();
        assertThat(smtp.receivedBy("after-the-cut@pepiniere.test")).hasSize(1);
        assertThat(proxy.connections()).isEqualTo(2);
    }

    private static OutgoingEmail email(String to) {
        return new OutgoingEmail(UUID.randomUUID().toString(), to, "Camille",
                new RenderedEmail("Candidature reçue", "Bonjour", "<p>Bonjour</p>"));
    }
}
