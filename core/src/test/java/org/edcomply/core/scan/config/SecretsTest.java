package org.edcomply.core.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            spring.datasource.password                             | Tr0ub4dor&3        | PASSWORD
            spring.datasource.password                             | changeme           | DEFAULT_PASSWORD
            spring.datasource.password                             | ${DB_PASSWORD}     | -
            spring.datasource.password                             | ${DB_PASSWORD:changeme} | DEFAULT_PASSWORD
            spring.datasource.password                             | ${DB_PASSWORD:Xy7-pass} | PASSWORD
            spring.datasource.password                             | ${DB_PASSWORD:${VAULT_PW}} | -
            spring.datasource.url                                  | ${DB_URL:jdbc:h2:mem:x} | -
            appender.password                                      | ${env:AUDIT_PW}    | -
            appender.password                                      | ${env:AUDIT_PW:-hunter2x} | PASSWORD
            appender.password                                      | ${AUDIT_PW:-admin} | DEFAULT_PASSWORD
            spring.datasource.password                             | '{cipher}AQB6a9'   | -
            spring.datasource.password                             | ENC(G6N718UuyPE=)  | -
            spring.datasource.password                             | @db.password@      | -
            spring.datasource.password                             | <your password>    | -
            spring.datasource.password                             | ''                 | -
            server.ssl.key-store-password                          | k3ystore!          | PASSWORD
            spring.security.oauth2.client.registration.x.client-secret | 4f9c2e            | PASSWORD
            app.jwt.secret                                         | a-long-signing-key | PASSWORD
            stripe.api.key                                         | abc123             | PASSWORD
            app.github.token                                       | abc123             | TOKEN
            app.mail.api-key                                       | abc123             | TOKEN
            app.storage.bucket                                     | AKIAIOSFODNN7EXAMPLE | TOKEN
            spring.datasource.url                                  | jdbc:postgresql://app:s3cret@db/app | URL_CREDENTIALS
            spring.datasource.url                                  | jdbc:mysql://db/app?user=a&password=s3cret | URL_CREDENTIALS
            spring.datasource.url                                  | jdbc:postgresql://app:${PW}@db/app | -
            spring.datasource.username                             | portal             | -
            app.security.password-encoder                          | bcrypt             | -
            app.security.password.min-length                       | 12                 | -
            spring.security.oauth2.client.provider.x.token-uri     | https://idp/token  | -
            .                                                      | value              | -
            ::/                                                    | value              | -
            """)
    void whatIsASecret(String key, String value, String kind) {
        assertEquals(Optional.ofNullable(kind), Secrets.find(key, value));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            spring.datasource.password | Tr0ub4dor&3                                  | ********
            spring.datasource.url      | jdbc:postgresql://app:s3cret@db/app          | jdbc:postgresql://app:********@db/app
            spring.datasource.url      | jdbc:mysql://db/app?user=a&password=s3cret&x=1 | jdbc:mysql://db/app?user=a&password=********&x=1
            spring.datasource.url      | jdbc:postgresql://db/app?sslmode=require     | jdbc:postgresql://db/app?sslmode=require
            spring.datasource.password | ${DB_PASSWORD}                               | ${DB_PASSWORD}
            spring.datasource.password | ${DB_PASSWORD:Xy7-pass}                      | ${DB_PASSWORD:********}
            appender.password          | ${env:AUDIT_PW:-hunter2x}                    | ${env:AUDIT_PW:-********}
            appender.password          | ${env:AUDIT_PW}                              | ${env:AUDIT_PW}
            """)
    void factsHoldOnlyTheMaskedValue(String key, String value, String safe) {
        assertEquals(safe, Secrets.safeValue(key, value));
    }
}
