package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never goes to the network: a whole analysis of an example (every scanner, schema
 * validation of the manifest, the shipped and the organisation's jurisdiction files, custom DRL
 * compiled, triage, every report format) runs in a child JVM ({@link OfflineRun}) that records
 * every connection attempt, over files that name a local listener wherever a reader could be
 * tempted to fetch: a DOCTYPE, an external entity, XML schema locations, stylesheet and image
 * links in templates, schema URLs for editors in the manifest and the organisation's files.
 */
class NoNetworkTest {

    private static final Path EXAMPLE = Path.of("../examples/student-portal");

    @TempDir
    Path project;
    private int port;

    @BeforeEach
    void baitedProject() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = project.resolve(EXAMPLE.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
        }
        Path manifest = project.resolve("edcomply.yaml");
        Files.writeString(manifest, "# yaml-language-server: $schema=" + url + "/manifest.schema.json\n"
                + Files.readString(manifest).replace(
                "# yaml-language-server: $schema=../../docs/schema/edcomply-manifest.schema.json\n", "")
                .replace("jurisdictions: [", "jurisdictions: [us-ada-title-ii, ")); // templates are checked too
        write("src/main/webapp/WEB-INF/web.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "%1$s/web-app_2_3.dtd">
                <web-app>
                  <session-config><cookie-config><secure>false</secure></cookie-config></session-config>
                </web-app>
                """.formatted(url));
        write("src/main/resources/log4j2.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Configuration [ <!ENTITY remote SYSTEM "%1$s/entity.xml"> ]>
                <Configuration xmlns:xi="http://www.w3.org/2001/XInclude">
                  <xi:include href="%1$s/include.xml"/>
                  <Loggers><Logger name="edu.portal" level="debug">&remote;</Logger></Loggers>
                </Configuration>
                """.formatted(url));
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence %1$s/persistence_3_0.xsd" version="3.0">
                  <persistence-unit name="portal">
                    <properties><property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://%2$s/portal"/></properties>
                  </persistence-unit>
                </persistence>
                """.formatted(url, "127.0.0.1:" + port));
        write("src/main/resources/db/migration/V1__guardians.sql",
                "-- see " + url + "/ddl\nCREATE TABLE guardian (id BIGINT, email VARCHAR(200), home_address TEXT);\n");
        write("src/main/resources/templates/grades.html", """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org"><head><link rel="stylesheet" href="%1$s/style.css">
                <script src="%1$s/app.js"></script></head>
                <body><img src="%1$s/logo.png"><iframe src="%1$s/embed"></iframe></body></html>
                """.formatted(url));
        write("src/main/webapp/WEB-INF/jsp/notes.jsp", """
                <%%@ taglib prefix="c" uri="%1$s/jstl/core" %%>
                <%%@ include file="/WEB-INF/jsp/header.jspf" %%>
                <html lang="en"><head><title>Notes</title></head><body><c:import url="%1$s/notes"/><img src="%1$s/chart.png"></body></html>
                """.formatted(url));
        write("src/main/webapp/WEB-INF/jsp/header.jspf", "<header><a href=\"" + url + "\">Home</a></header>\n");
        write("src/compliance/jurisdictions/acme.yaml", """
                # yaml-language-server: $schema=%1$s/jurisdiction.schema.json
                id: acme
                name: ACME
                requirements:
                  - id: ACME-NO-DEBUG
                    title: No debug switch in production
                    check: acme-config-value-forbidden
                    with: { key: debug, value: "true" }
                    severity: LOW
                    cite: ACME policy 1
                    link: %1$s/policy
                    message: "{key} is on in {file}."
                    remediation: Turn it off.
                """.formatted(url.replace("http:", "https:")));
        write("src/compliance/rules/acme-config-value-forbidden.check.yaml", """
                # yaml-language-server: $schema=%s/check-type.schema.json
                check: acme-config-value-forbidden
                summary: A configuration key must not hold a given value.
                parameters:
                  key: { type: string, required: true, description: The key. }
                  value: { type: string, required: true, description: The forbidden value. }
                placeholders:
                  key: the key
                  file: the configuration file
                """.formatted(url));
        Files.copy(Path.of("src/it/custom-rules/src/compliance/rules/acme-config-value-forbidden.drl"),
                project.resolve("src/compliance/rules/acme-config-value-forbidden.drl"));
        write(org.edcomply.core.triage.SuppressionFile.FILE_NAME, """
                suppressions:
                  - requirement: GDPR-32-SECURE-SESSION-COOKIE
                    path: src/main/webapp/WEB-INF/web.xml
                    reason: "Reviewed, see %s/review"
                    approver: dpo@school.example
                    until: 2099-12-31
                """.formatted(url));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs {@link OfflineRun} in a JVM of its own. */
    private Result offline(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OfflineRun.class.getName(), project.toString(), String.valueOf(port)));
        command.addAll(List.of(extra));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }

    @Test
    void aWholeAnalysisMakesNoConnection() throws Exception {
        Result r = offline();
        assertEquals(0, r.exit(), r.output());
        // the baited files were read: their findings are there
        assertTrue(r.output().contains("src/main/webapp/WEB-INF/web.xml:"), r.output());
        assertTrue(r.output().contains("src/main/resources/log4j2.xml:"), r.output());
        assertTrue(r.output().contains("src/main/resources/db/migration/V1__guardians.sql:"), r.output());
        assertTrue(r.output().contains("src/main/resources/templates/grades.html:"), r.output());
        assertTrue(r.output().contains("src/main/webapp/WEB-INF/jsp/notes.jsp:"), r.output());
    }

    @Test
    void anAttemptIsSeen() throws Exception {
        Result r = offline("--reach-out");
        assertEquals(3, r.exit(), r.output());
        assertTrue(r.output().contains("network: http://127.0.0.1:" + port + "/on-purpose"), r.output());
    }
}
