package org.edcomply.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed while it writes its reports (SIGKILL: no shutdown hook, no finally) leaves each
 * report either complete, old or new, or absent; never half of one that a CI step would read as
 * clean. The real writers render two large reports ({@link LargeReport}) in every format; a child
 * JVM ({@link ReportWriterLoop}) rewrites them with {@link AtomicFiles} in a loop and is killed at
 * moments drawn from a fixed seed; after each kill every report present must be byte for byte one
 * of the two complete renderings (and parse as JSON or XML where it is one).
 */
class KilledWriterTest {

    private static final int KILLS = 12;
    private static final Set<String> XML = Set.of(JUnitXmlWriter.FILE_NAME);
    private static final Set<String> JSON = Set.of(FindingsJsonWriter.FILE_NAME, SarifWriter.FILE_NAME,
            GitLabCodeQualityWriter.FILE_NAME);

    @TempDir
    Path sources;
    @TempDir
    Path renderings;
    @TempDir
    Path reports;

    @Test
    void aKilledWriterLeavesOnlyCompleteReports() throws Exception {
        List<Map<ReportFormat, byte[]>> complete = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReportWriterLoop.class.getName(), reports.toString()));
        for (int variant = 0; variant < 2; variant++) {
            Path dir = renderings.resolve("variant-" + variant);
            complete.add(Map.copyOf(Reports.write(LargeReport.of(sources, variant), List.of(ReportFormat.values()), dir)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> read(e.getValue())))));
            command.add(dir.toString());
        }
        Map<String, ReportFormat> finalNames = Arrays.stream(ReportFormat.values())
                .collect(Collectors.toMap(ReportFormat::fileName, f -> f));
        Random random = new Random(20261130);
        int killedMidWrite = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Set<String> tempsBefore = temps();
            Process writer = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            Thread.sleep(random.nextInt(400));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(1, TimeUnit.MINUTES));

            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    ReportFormat format = finalNames.get(name);
                    if (format == null) {
                        assertTrue(name.startsWith(".") && name.endsWith(".tmp"), "only hidden temporary files besides reports: " + name);
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    assertTrue(Arrays.equals(bytes, complete.get(0).get(format)) || Arrays.equals(bytes, complete.get(1).get(format)),
                            () -> name + " is not a complete report after kill " + bytes.length + " bytes");
                    if (JSON.contains(name)) {
                        new ObjectMapper().readTree(bytes);
                    } else if (XML.contains(name)) {
                        wellFormed(bytes);
                    }
                }
            }
            if (!temps().equals(tempsBefore)) {
                killedMidWrite++; // the kill left the file it was writing behind, under its temporary name
            }
        }
        System.out.println("kills that landed mid-write: " + killedMidWrite + " of " + KILLS);
        // the kills must have hit writes, or this test shows nothing
        assertTrue(killedMidWrite >= KILLS / 3, "kills that landed mid-write: " + killedMidWrite);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Set<String> temps() throws Exception {
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).collect(Collectors.toSet());
        }
    }

    private static void wellFormed(byte[] xml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (reader.hasNext()) {
            reader.next();
        }
    }
}
