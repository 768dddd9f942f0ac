package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.ThirdPartyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party services from pom.xml, from Maven's resolved dependencies and from imports. */
class ThirdPartyServicesTest {

    @TempDir
    Path dir;

    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>edu.example</groupId>
              <artifactId>app</artifactId>
              <version>1</version>
              <dependencyManagement>
                <dependencies>
                  <dependency><groupId>com.appsflyer</groupId><artifactId>af-android-sdk</artifactId><version>6</version></dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>io.sentry</groupId>
                  <artifactId>sentry</artifactId>
                  <version>8.63.0</version>
                </dependency>
                <dependency>
                  <groupId>org.slf4j</groupId>
                  <artifactId>slf4j-api</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    private String find(List<String> resolved) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), POM);
        Path src = Files.createDirectories(dir.resolve("src/main/java/a"));
        Files.writeString(src.resolve("Track.java"), """
                package a;
                import com.mixpanel.mixpanelapi.MixpanelAPI;
                import io.sentry.Sentry;
                import com.segment.analytics.*;
                class Track {}
                """);
        JavaProject java = new JavaProject(21);
        java.add(src.resolve("Track.java"), "src/main/java/a/Track.java");
        return ThirdPartyServices.find(dir, resolved, java).stream().map(f -> f instanceof ThirdPartyService s
                ? s.location().toShortString() + " " + s.id() + " " + s.use() + " [" + s.evidence() + "]"
                : ((AnalysisProblem) f).detail()).collect(Collectors.joining("\n"));
    }

    @Test
    void outsideMavenThePomAndTheImportsTell() throws Exception {
        assertEquals("""
                src/main/java/a/Track.java:2 mixpanel ANALYTICS [import com.mixpanel.mixpanelapi.MixpanelAPI]
                src/main/java/a/Track.java:4 segment ANALYTICS [import com.segment.analytics.*]
                pom.xml:12 sentry CRASH_REPORTING [dependency io.sentry:sentry, import io.sentry.Sentry]""", find(null));
    }

    @Test
    void inMavenTheResolvedDependenciesAddTransitiveOnes() throws Exception {
        assertEquals("""
                pom.xml adjust ATTRIBUTION [dependency com.adjust.sdk:adjust-android (resolved)]
                src/main/java/a/Track.java:2 mixpanel ANALYTICS [import com.mixpanel.mixpanelapi.MixpanelAPI]
                src/main/java/a/Track.java:4 segment ANALYTICS [import com.segment.analytics.*]
                pom.xml:12 sentry CRASH_REPORTING [dependency io.sentry:sentry, dependency io.sentry:sentry (resolved), import io.sentry.Sentry]""",
                find(List.of("io.sentry:sentry:8.63.0", "com.adjust.sdk:adjust-android:5.0.0", "org.slf4j:slf4j-api:2.0.17")));
    }

    @Test
    void aPomThatIsNotXmlIsAProblemNotACrash() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project><dependencies></project>");
        String found = ThirdPartyServices.find(dir, null, new JavaProject(21)).stream()
                .map(f -> ((AnalysisProblem) f).location().toShortString() + " " + ((AnalysisProblem) f).detail())
                .collect(Collectors.joining("\n"));
        assertEquals(true, found.startsWith("pom.xml:1 pom.xml could not be read: not well-formed XML"), found);
    }
}
