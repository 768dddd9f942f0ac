package org.edcomply.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case: the lines of a file as written, and as a report may show them. */
class ExcerptMaskTest {

    private static void masks(String written, String shown) {
        assertEquals(shown, String.join("\n", ExcerptMask.lines(List.of(written.split("\n", -1)))));
    }

    @Test
    void propertiesAndYaml() {
        masks("""
                spring.datasource.password=hunter2
                app.client-secret=${CLIENT_SECRET:fallback-value}
                app.aws.access-key-id=AKIAPLANTED5EXAMPLE7
                app.mail.url=smtp://mailer:s3cr3t@smtp.example.org:587
                spring.datasource.url=jdbc:postgresql://db/app?user=app&password=s3cr3t
                server.port=8080
                  password: hunter2
                  signing-key: &key hunter2
                    secret: *key""", """
                spring.datasource.password=********
                app.client-secret=********
                app.aws.access-key-id=********
                app.mail.url=smtp://mailer:********@smtp.example.org:587
                spring.datasource.url=jdbc:postgresql://db/app?user=app&password=********
                server.port=8080
                  password: ********
                  signing-key: ********
                    secret: ********""");
    }

    @Test
    void xmlAttributesElementsAndNameValuePairs() {
        masks("""
                <property name="db.password" value="hunter2"/>
                <password>hunter2</password>
                <param-name>smtp.password</param-name>
                <param-value>hunter2</param-value>
                <param-name>smtp.host</param-name>
                <param-value>mail.example.org</param-value>
                <logger name="org.hibernate.SQL" level="DEBUG"/>""", """
                <property name="db.password" value="********"/>
                <password>********</password>
                <param-name>smtp.password</param-name>
                <param-value>********</param-value>
                <param-name>smtp.host</param-name>
                <param-value>mail.example.org</param-value>
                <logger name="org.hibernate.SQL" level="DEBUG"/>""");
    }

    @Test
    void sqlAndJava() {
        masks("""
                  api_token VARCHAR(64) DEFAULT 'hunter2',
                INSERT INTO service_account (name, password) VALUES ('sync', 'hunter2');
                    private static final String API_KEY = "hunter2";
                    private final String smtpPassword = "hunter2";
                    private final String paymentKey = "sk_live_PLANTED16abcdefghijklmnop";
                    private String email;""", """
                  api_token VARCHAR(64) DEFAULT '********',
                INSERT INTO service_account (name, password) VALUES ('********', '********');
                    private static final String API_KEY = ********
                    private final String smtpPassword = ********
                    private final String paymentKey = "********";
                    private String email;""");
    }

    @Test
    void privateKeyBlocks() {
        masks("""
                key: |
                  -----BEGIN RSA PRIVATE KEY-----
                  MIIEowIBAAKCAQEA7
                  -----END RSA PRIVATE KEY-----
                next: 1""", """
                key: |
                  -----BEGIN RSA PRIVATE KEY-----********
                ********
                ********-----END RSA PRIVATE KEY-----
                next: 1""");
    }
}
