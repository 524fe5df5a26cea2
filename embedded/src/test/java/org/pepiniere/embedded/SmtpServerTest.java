package org.pepiniere.embedded;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.pepiniere.embedded.test.ServiceFileLookups;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpServerTest {

    @Test
    void receivesAnEmailWithItsFrenchSubjectAndText() throws Exception {
        try (SmtpServer smtp = SmtpServer.start(0)) {
            MimeMessage message = toFounder(smtp, "Votre candidature a été reçue");
            message.setText("Bonjour, nous avons bien reçu votre candidature.", "UTF-8");

            Transport.send(message);

            assertThat(smtp.awaitReceived(1, Duration.ofSeconds(10))).isTrue();
            ReceivedMail mail = smtp.receivedBy("founder@pepiniere.demo").get(0);
            assertThat(mail.subject()).isEqualTo("Votre candidature a été reçue");
            assertThat(mail.text()).contains("bien reçu");
            assertThat(mail.from()).isEqualTo("ne-pas-repondre@pepiniere.demo");
        }
    }

    @Test
    void storesEmailsWithoutLookingUpJakartaMailsServiceFiles() throws Exception {
        var counting = new ServiceFileLookups(Thread.currentThread().getContextClassLoader(), "jakarta.mail");
        var previous = Thread.currentThread().getContextClassLoader();
        // the server's threads, and the parts built here, look classes up through this loader
        Thread.currentThread().setContextClassLoader(counting);
        try (SmtpServer smtp = SmtpServer.start(0)) {
            MimeMessage message = toFounder(smtp, "Décision du jury « Pépinière »");
            var parts = new MimeMultipart("alternative");
            var text = new MimeBodyPart();
            text.setText("Bonjour, voici la décision.", "UTF-8");
            var html = new MimeBodyPart();
            html.setContent("<p>Bonjour, voici la décision.</p>", "text/html; charset=UTF-8");
            parts.addBodyPart(text);
            parts.addBodyPart(html);
            message.setContent(parts);

            Transport.send(message);

            assertThat(smtp.awaitReceived(1, Duration.ofSeconds(10))).isTrue();
            assertThat(smtp.receivedBy("founder@pepiniere.demo").get(0).subject()).isEqualTo("Décision du jury « Pépinière »");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(counting.count()).isZero();
    }

    private static MimeMessage toFounder(SmtpServer smtp, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("ne-pas-repondre@pepiniere.demo"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("founder@pepiniere.demo"));
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
