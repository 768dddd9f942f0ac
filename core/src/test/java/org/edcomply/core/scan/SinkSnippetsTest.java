package org.edcomply.core.scan;

import java.nio.file.Path;
import org.edcomply.core.model.PersonalDataFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data reaching logs, the console, HTTP clients and third-party SDKs, on snippets: a
 * {@code // EXPECT: KIND Class.member} marker says the next line sends that data there; every other
 * line must send nothing.
 */
class SinkSnippetsTest {

    @TempDir
    Path dir;

    private final JavaSourceScanner scanner = new JavaSourceScanner(21);

    private void check(String source) {
        SnippetScan.assertFacts(dir, "Snippet.java", source, f -> scanner.scan(f, "Snippet.java"),
                PersonalDataFlow.class::isInstance);
    }

    private static final String LEARNER = """
            @jakarta.persistence.Entity
            class Learner {
                @jakarta.persistence.Id Long id;
                @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD) String firstName;
                @PersonalData(category = DataCategory.HEALTH, subject = DataSubject.CHILD) String allergies;
                int booksRead;
                String getFirstName() { return firstName; }
                String getAllergies() { return allergies; }
                Long getId() { return id; }
                int getBooksRead() { return booksRead; }
            }
            """;

    @Test
    void loggersAreKnownByTheirTypeNotTheirName() {
        check("""
                import org.edcomply.annotations.*;
                import org.slf4j.Logger;
                import org.slf4j.LoggerFactory;
                import java.util.ArrayList;
                import java.util.List;

                class Service {
                    private static final Logger AUDIT = LoggerFactory.getLogger(Service.class);
                    private final List<String> log = new ArrayList<>();

                    void record(Learner learner) {
                        // EXPECT: LOG Learner.firstName
                        AUDIT.info("read by {}", learner.getFirstName());
                        // EXPECT: LOG Learner.allergies
                        AUDIT.warn("allergy alert: " + learner.allergies);
                        AUDIT.info("learner {} read {} books", learner.getId(), learner.getBooksRead());
                        AUDIT.debug("constant text only");
                        log.add(learner.getFirstName());
                    }
                }
                """ + LEARNER);
    }

    @Test
    void dataCarriedByLocalsAndFormattingStillCounts() {
        check("""
                import org.edcomply.annotations.*;
                import org.apache.logging.log4j.LogManager;
                import org.apache.logging.log4j.Logger;

                class Service {
                    private final Logger logger = LogManager.getLogger();

                    void greet(Learner learner) {
                        String name = learner.getFirstName().trim();
                        String line = String.format("hello %s", name);
                        // EXPECT: LOG Learner.firstName
                        logger.info(line);
                        int books = learner.getBooksRead();
                        logger.info("books {}", books);
                    }
                }
                """ + LEARNER);
    }

    @Test
    void loggerFactoriesJulCommonsAndLombok() {
        check("""
                import org.edcomply.annotations.*;
                import java.util.logging.Logger;
                import lombok.extern.slf4j.Slf4j;
                import org.apache.commons.logging.Log;
                import org.apache.commons.logging.LogFactory;

                @Slf4j
                class Service {
                    private static final Log COMMONS = LogFactory.getLog(Service.class);
                    private final com.example.audit.Journal journal = new com.example.audit.Journal();

                    void a(Learner learner) {
                        // EXPECT: LOG Learner.firstName
                        COMMONS.debug("learner " + learner.getFirstName());
                        journal.info(learner.getFirstName());
                        // EXPECT: LOG Learner.firstName
                        Logger.getLogger("x").info("name " + learner.getFirstName());
                        // EXPECT: LOG Learner.allergies
                        log.error("allergies {}", learner.getAllergies());
                        // EXPECT: LOG Learner.firstName
                        org.slf4j.LoggerFactory.getLogger(Service.class).atInfo().addArgument(learner.getFirstName()).log("x");
                    }
                }
                """ + LEARNER);
    }

    @Test
    void consoleAndStackTraces() {
        check("""
                import org.edcomply.annotations.*;

                class Service {
                    void a(Learner learner) {
                        // EXPECT: CONSOLE Learner.firstName
                        System.out.println("learner " + learner.getFirstName());
                        System.out.println("done");
                        System.err.printf("%d books%n", learner.getBooksRead());
                        IllegalStateException e = new IllegalStateException("allergy " + learner.getAllergies());
                        // EXPECT: CONSOLE Learner.allergies
                        e.printStackTrace();
                        RuntimeException quiet = new RuntimeException("no data here");
                        quiet.printStackTrace();
                    }
                }
                """ + LEARNER);
    }

    @Test
    void aWholeObjectLogsWhatItsToStringPrints() {
        check("""
                import org.edcomply.annotations.*;
                import org.slf4j.Logger;

                record Guardian(@PersonalData(category = DataCategory.EMAIL, subject = DataSubject.PARENT_GUARDIAN) String email,
                                int children) {
                }

                @lombok.Data
                class Pupil {
                    @PersonalData(category = DataCategory.NAME) String name;
                    @lombok.ToString.Exclude @PersonalData(category = DataCategory.HEALTH) String diagnosis;
                }

                class Service {
                    private Logger log;

                    void a(Guardian guardian, Pupil pupil, Learner learner) {
                        // EXPECT: LOG Guardian.email
                        log.info("guardian {}", guardian);
                        // EXPECT: LOG Pupil.name
                        log.info("pupil {}", pupil);
                        log.info("learner {}", learner);
                    }
                }
                """ + LEARNER);
    }

    @Test
    void httpClientsSendWhatTheirRequestsCarry() {
        check("""
                import org.edcomply.annotations.*;
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;
                import org.springframework.web.client.RestTemplate;

                class Sync {
                    private final RestTemplate rest = new RestTemplate();
                    private final HttpClient http = HttpClient.newHttpClient();

                    void push(Learner learner) throws Exception {
                        String body = "{\\"name\\":\\"" + learner.getFirstName() + "\\"}";
                        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.mixpanel.com/track"))
                                // EXPECT: HTTP Learner.firstName mixpanel
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        http.send(request, HttpResponse.BodyHandlers.ofString()); // the request's data is counted where it is put in
                        // EXPECT: HTTP Learner.allergies
                        // EXPECT: HTTP Learner.firstName
                        rest.postForObject("https://sis.example.edu/health", learner, String.class);
                        rest.getForObject("https://sis.example.edu/ping", String.class);
                    }
                }
                """ + LEARNER);
    }

    @Test
    void thirdPartySdksOfTheCatalogue() {
        check("""
                import org.edcomply.annotations.*;
                import com.mixpanel.mixpanelapi.MessageBuilder;
                import com.mixpanel.mixpanelapi.MixpanelAPI;
                import io.sentry.Sentry;
                import org.json.JSONObject;

                class Tracking {
                    private final MessageBuilder messages = new MessageBuilder("token");
                    private final MixpanelAPI mixpanel = new MixpanelAPI();

                    @ThirdPartyDisclosure(recipient = "Sentry", purpose = Purpose.Use.SECURITY)
                    void crash(Learner learner) {
                        // EXPECT: THIRD_PARTY Learner.firstName sentry
                        Sentry.captureMessage("failed for " + learner.getFirstName());
                    }

                    void track(Learner learner) {
                        // EXPECT: THIRD_PARTY Learner.firstName mixpanel
                        var event = messages.event(learner.getFirstName(), "lesson finished", null);
                        mixpanel.deliver(event);
                        messages.event("anonymous", "lesson finished", new JSONObject().put("books", learner.getBooksRead()));
                    }
                }
                """ + LEARNER);
    }

    @Test
    void java21SyntaxAroundTheSinks() {
        check("""
                import org.edcomply.annotations.*;
                import org.slf4j.Logger;

                sealed interface Event permits Joined, Left {}
                record Joined(@PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD) String name) implements Event {}
                record Left(int books) implements Event {}

                class Feed {
                    Logger log;

                    String describe(Event event) {
                        return switch (event) {
                            case Joined(String name) when name.isBlank() -> "someone";
                            case Joined j -> {
                                // EXPECT: LOG Joined.name
                                log.info(\"""
                                        joined: {}
                                        \""", j.name());
                                yield "joined";
                            }
                            case Left(int books) -> "left after " + books;
                        };
                    }
                }
                """);
    }

    @Test
    void flowsResolveAcrossFilesOfAProject() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("Learner.java"), """
                import org.edcomply.annotations.*;
                """ + LEARNER);
        java.nio.file.Files.writeString(dir.resolve("Service.java"), """
                import org.slf4j.Logger;
                class Service {
                    Logger log;
                    void a(Learner l) { log.info("{}", l.getAllergies()); }
                }
                """);
        JavaProject project = new JavaProject(21);
        project.add(dir.resolve("Learner.java"), "Learner.java");
        project.add(dir.resolve("Service.java"), "Service.java");
        PersonalDataFlow flow = project.facts().stream().filter(PersonalDataFlow.class::isInstance)
                .map(PersonalDataFlow.class::cast).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("Service.java:4:29 LOG Service.a -> Learner.allergies (Learner.java:6)",
                flow.location() + " " + flow.sinkKind() + " " + flow.method() + " -> " + flow.source());
    }
}
