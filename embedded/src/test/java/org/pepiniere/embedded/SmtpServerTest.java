package org.pepiniere.embedded;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpServerTest {

    @Test
    void receivesAnEmailWithItsFrenchSubjectAndText() throws Exception {
        try (SmtpServer smtp = SmtpServer.start(0)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", smtp.host());
            props.put("mail.smtp.port", String.valueOf(smtp.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("ne-pas-repondre@pepiniere.demo"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("founder@pepiniere.demo"));
            message.setSubject("Votre candidature a été reçue", "UTF-8");
            message.setText("Bonjour, nous avons bien reçu votre candidature.", "UTF-8");

            Transport.send(message);

            assertThat(smtp.awaitReceived(1, Duration.ofSeconds(10))).isTrue();
            ReceivedMail mail = smtp.receivedBy("founder@pepiniere.demo").get(0);
            assertThat(mail.subject()).isEqualTo("Votre candidature a été reçue");
            assertThat(mail.text()).contains("bien reçu");
            assertThat(mail.from()).isEqualTo("ne-pas-repondre@pepiniere.demo");
        }
    }
}
