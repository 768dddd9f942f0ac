package org.edcomply.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic EdTech monorepo of the requested size: modules of about 25,000 Java lines, each
 * with entities holding student and guardian data, DTO records, repositories, services that log,
 * controllers that call an analytics SDK, report code, Spring configuration, logback, SQL
 * migrations, Thymeleaf templates and a compliance manifest. The same size gives the same bytes.
 */
public final class CodeBase {

    /** Units (an entity with its DTO, repository, service, controller and report) per module. */
    static final int UNITS_PER_MODULE = 25;

    private static final String[] NOUNS = {"Student", "Guardian", "Enrollment", "Attendance", "Assessment",
            "Submission", "ReadingLog", "HealthVisit", "Counseling", "Transcript", "BusRider", "LunchAccount",
            "SupportPlan", "Discipline", "Conference", "Tutoring"};
    private static final String[] AREAS = {"roster", "learning", "wellbeing", "family", "operations"};

    /** Fields an entity may hold: name, Java type, personal-data category or null, annotated. */
    private record Field(String name, String type, String category, boolean annotated) {
    }

    private static final Field[] FIELDS = {
            new Field("firstName", "String", "NAME", true),
            new Field("lastName", "String", "NAME", false),
            new Field("dateOfBirth", "LocalDate", "DATE_OF_BIRTH", true),
            new Field("guardianEmail", "String", "EMAIL", false),
            new Field("homeAddress", "String", "POSTAL_ADDRESS", false),
            new Field("phoneNumber", "String", "PHONE", false),
            new Field("studentNumber", "String", "STUDENT_ID", true),
            new Field("gradeLevel", "int", "GRADE_LEVEL", false),
            new Field("allergyNotes", "String", "HEALTH", true),
            new Field("lunchStatus", "String", null, false),
            new Field("iepStatus", "String", null, false),
            new Field("attendanceRate", "double", "ATTENDANCE", false),
            new Field("readingScore", "int", null, false),
            new Field("homeroom", "String", null, false),
            new Field("lastLoginIp", "String", "IP_ADDRESS", false),
            new Field("nickname", "String", null, false)};

    /** What was generated. */
    public record Summary(List<Path> modules, int javaFiles, long javaLines, int otherFiles) {
    }

    private final Path root;
    private final SplittableRandom random = new SplittableRandom(20260101L);
    private int javaFiles;
    private long javaLines;
    private int otherFiles;

    private CodeBase(Path root) {
        this.root = root;
    }

    /** Writes a code base of at least {@code targetJavaLines} Java lines under {@code root}. */
    public static Summary generate(Path root, long targetJavaLines) {
        CodeBase cb = new CodeBase(root);
        List<Path> modules = new ArrayList<>();
        int unit = 0;
        StringBuilder parentModules = new StringBuilder();
        while (cb.javaLines < targetJavaLines) {
            int m = modules.size();
            String name = String.format("service-%02d", m);
            Path module = root.resolve(name);
            modules.add(module);
            parentModules.append("    <module>").append(name).append("</module>\n");
            cb.moduleFiles(module, m);
            for (int u = 0; u < UNITS_PER_MODULE && cb.javaLines < targetJavaLines; u++, unit++) {
                cb.unit(module, m, unit);
            }
        }
        cb.write(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>edu.bench</groupId>
                  <artifactId>district-monorepo</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>
                  <modules>
                %s  </modules>
                </project>
                """.formatted(parentModules));
        return new Summary(modules, cb.javaFiles, cb.javaLines, cb.otherFiles);
    }

    // ---- one module: build file, manifest, configuration, layout

    private void moduleFiles(Path module, int m) {
        write(module.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>edu.bench</groupId>
                  <artifactId>service-%02d</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-web</artifactId>
                      <version>3.5.0</version>
                    </dependency>
                    <dependency>
                      <groupId>com.segment.analytics.java</groupId>
                      <artifactId>analytics</artifactId>
                      <version>3.5.1</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(m));
        write(module.resolve("edcomply.yaml"), """
                # District services for K-12 schools in the US and the EU.
                jurisdictions: [us-coppa, eu-gdpr]
                audience:
                  minAge: %d
                  directedToChildren: true
                  customerTypes: [K12_PUBLIC]
                consent:
                  parental: SCHOOL_AUTHORIZATION
                dataCategories: [NAME, EMAIL, DATE_OF_BIRTH, STUDENT_ID, HEALTH]
                hosting:
                  regions: [US-VA, IE]
                retention:
                  policy: docs/retention-policy.md
                  categories:
                    NAME: { days: 1825 }
                    HEALTH: { days: indefinite }
                breach:
                  runbook: docs/incident-runbook.md
                  notification:
                    authority: { hours: 96 }
                privacyNotice:
                  url: https://district.example.org/privacy
                  languages: [en]
                """.formatted(8 + m % 6));
        write(module.resolve("docs/retention-policy.md"), "# Retention\n\nRecords are kept five years after leaving.\n");
        write(module.resolve("docs/incident-runbook.md"), "# Incidents\n\nCall the district's security office.\n");
        Path resources = module.resolve("src/main/resources");
        write(resources.resolve("application.yml"), """
                spring:
                  application:
                    name: service-%02d
                  datasource:
                    url: jdbc:postgresql://db%d.district.internal:5432/district
                    username: district
                    password: ${DB_PASSWORD}
                server:
                  servlet:
                    session:
                      cookie:
                        secure: true
                        http-only: true
                logging:
                  level:
                    edu.bench: DEBUG
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  datasource:
                    url: jdbc:postgresql://localhost:5432/district?sslmode=disable
                server:
                  servlet:
                    session:
                      cookie:
                        secure: false
                """.formatted(m, m));
        write(resources.resolve("application-prod.properties"), """
                spring.datasource.url=jdbc:mysql://db%d.district.internal:3306/district?useSSL=true
                spring.datasource.username=district
                spring.datasource.password=${DB_PASSWORD}
                server.servlet.session.cookie.same-site=lax
                analytics.write-key=${ANALYTICS_KEY}
                """.formatted(m));
        write(resources.resolve("logback-spring.xml"), """
                <configuration>
                  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="edu.bench" level="DEBUG"/>
                  <root level="INFO"><appender-ref ref="CONSOLE"/></root>
                </configuration>
                """);
        write(resources.resolve("templates/layouts/main.html"), """
                <!DOCTYPE html>
                <html lang="en" xmlns:th="http://www.thymeleaf.org" xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title layout:title-pattern="$CONTENT_TITLE - District">District</title>
                </head>
                <body>
                  <header>
                    <a th:href="@{/}"><img th:src="@{/img/logo.png}" alt="District home"></a>
                    <nav><ul>
                      <li><a th:href="@{/roster}">Roster</a></li>
                      <li><a th:href="@{/learning}">Learning</a></li>
                      <li><a th:href="@{/family}">Family</a></li>
                    </ul></nav>
                  </header>
                  <main layout:fragment="content"></main>
                  <footer><p>District services</p></footer>
                </body>
                </html>
                """);
    }

    // ---- one unit: an entity and the code around it

    private void unit(Path module, int m, int u) {
        String noun = NOUNS[u % NOUNS.length] + u;
        String area = AREAS[u % AREAS.length];
        String pkg = "edu.bench.m" + m + "." + area;
        Path dir = module.resolve("src/main/java").resolve(pkg.replace('.', '/'));
        List<Field> fields = pickFields();
        javaFile(dir.resolve(noun + ".java"), entity(pkg, noun, fields));
        javaFile(dir.resolve(noun + "Dto.java"), dto(pkg, noun, fields));
        javaFile(dir.resolve(noun + "Repository.java"), repository(pkg, noun));
        javaFile(dir.resolve(noun + "Service.java"), service(pkg, noun, fields));
        javaFile(dir.resolve(noun + "Controller.java"), controller(pkg, noun, fields));
        javaFile(dir.resolve(noun + "Statistics.java"), statistics(pkg, noun));
        Path resources = module.resolve("src/main/resources");
        write(resources.resolve("db/migration/V" + (u + 1) + "__" + snake(noun) + ".sql"), migration(noun, fields));
        String view = noun.toLowerCase();
        write(resources.resolve("templates/" + area + "/" + view + "-list.html"), listTemplate(noun, fields));
        write(resources.resolve("templates/" + area + "/" + view + "-form.html"), formTemplate(noun, fields, u));
    }

    private List<Field> pickFields() {
        List<Field> picked = new ArrayList<>();
        for (Field f : FIELDS) {
            if (random.nextInt(100) < 55) {
                picked.add(f);
            }
        }
        if (picked.isEmpty()) {
            picked.add(FIELDS[0]);
        }
        return picked;
    }

    private static String entity(String pkg, String noun, List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(pkg).append(";\n\n")
                .append("import jakarta.persistence.Column;\n")
                .append("import jakarta.persistence.Entity;\n")
                .append("import jakarta.persistence.GeneratedValue;\n")
                .append("import jakarta.persistence.Id;\n")
                .append("import jakarta.persistence.Table;\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.Objects;\n")
                .append("import org.edcomply.annotations.DataCategory;\n")
                .append("import org.edcomply.annotations.DataSubject;\n")
                .append("import org.edcomply.annotations.LegalBasis;\n")
                .append("import org.edcomply.annotations.PersonalData;\n\n")
                .append("/** A ").append(noun).append(" record as the district keeps it. */\n")
                .append("@Entity\n@Table(name = \"").append(snake(noun)).append("\")\n")
                .append("public class ").append(noun).append(" {\n\n")
                .append("    @Id\n    @GeneratedValue\n    private Long id;\n\n");
        for (Field f : fields) {
            if (f.annotated()) {
                sb.append("    @PersonalData(category = DataCategory.").append(f.category())
                        .append(", subject = DataSubject.CHILD)\n")
                        .append("    @LegalBasis(value = LegalBasis.Basis.PUBLIC_TASK, reference = \"state education code\")\n");
            }
            sb.append("    @Column(name = \"").append(snake(f.name())).append("\")\n")
                    .append("    private ").append(f.type()).append(' ').append(f.name()).append(";\n\n");
        }
        sb.append("    protected ").append(noun).append("() {\n    }\n\n");
        for (Field f : fields) {
            String cap = Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1);
            sb.append("    public ").append(f.type()).append(" get").append(cap).append("() {\n")
                    .append("        return ").append(f.name()).append(";\n    }\n\n")
                    .append("    public void set").append(cap).append('(').append(f.type()).append(' ')
                    .append(f.name()).append(") {\n")
                    .append("        this.").append(f.name()).append(" = ").append(f.name()).append(";\n    }\n\n");
        }
        sb.append("    public Long getId() {\n        return id;\n    }\n\n")
                .append("    @Override\n    public boolean equals(Object o) {\n")
                .append("        if (this == o) {\n            return true;\n        }\n")
                .append("        if (!(o instanceof ").append(noun).append(" other)) {\n            return false;\n        }\n")
                .append("        return Objects.equals(id, other.id);\n    }\n\n")
                .append("    @Override\n    public int hashCode() {\n        return Objects.hashCode(id);\n    }\n\n")
                .append("    @Override\n    public String toString() {\n")
                .append("        return \"").append(noun).append("{id=\" + id + \", ").append(fields.get(0).name())
                .append("=\" + ").append(fields.get(0).name()).append(" + \"}\";\n    }\n}\n");
        return sb.toString();
    }

    private static String dto(String pkg, String noun, List<Field> fields) {
        StringBuilder sb = new StringBuilder("package " + pkg + ";\n\nimport java.time.LocalDate;\n\n")
                .append("/** What the API returns for a ").append(noun).append(". */\n")
                .append("public record ").append(noun).append("Dto(Long id");
        for (Field f : fields) {
            sb.append(", ").append(f.type()).append(' ').append(f.name());
        }
        sb.append(") {\n\n    static ").append(noun).append("Dto of(").append(noun).append(" e) {\n")
                .append("        return new ").append(noun).append("Dto(e.getId()");
        for (Field f : fields) {
            sb.append(", e.get").append(Character.toUpperCase(f.name().charAt(0))).append(f.name().substring(1)).append("()");
        }
        sb.append(");\n    }\n}\n");
        return sb.toString();
    }

    private static String repository(String pkg, String noun) {
        return """
                package %1$s;

                import java.util.List;
                import java.util.Optional;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;

                public interface %2$sRepository extends JpaRepository<%2$s, Long> {

                    List<%2$s> findByHomeroom(String homeroom);

                    Optional<%2$s> findFirstByOrderByIdDesc();

                    @Query("select e from %2$s e where e.id > ?1")
                    List<%2$s> findNewerThan(Long id);
                }
                """.formatted(pkg, noun);
    }

    private String service(String pkg, String noun, List<Field> fields) {
        String first = getter(fields.get(0));
        String last = getter(fields.get(fields.size() - 1));
        StringBuilder sb = new StringBuilder("""
                package %1$s;

                import java.time.LocalDate;
                import java.util.ArrayList;
                import java.util.Comparator;
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.stream.Collectors;
                import org.slf4j.Logger;
                import org.slf4j.LoggerFactory;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;

                /** Business rules for %2$s records. */
                @Service
                public class %2$sService {

                    private static final Logger log = LoggerFactory.getLogger(%2$sService.class);

                    private final %2$sRepository repository;
                    private final Map<String, Integer> counters = new HashMap<>();

                    public %2$sService(%2$sRepository repository) {
                        this.repository = repository;
                    }

                    @Transactional
                    public %2$s register(%2$s entity) {
                        log.info("Registering {} ({})", entity.%3$s(), entity.%4$s());
                        %2$s saved = repository.save(entity);
                        counters.merge("registered", 1, Integer::sum);
                        return saved;
                    }

                    public Optional<%2$s> find(Long id) {
                        Optional<%2$s> found = repository.findById(id);
                        if (found.isEmpty()) {
                            log.warn("No {} with id {}", "%2$s", id);
                        }
                        return found;
                    }

                    public void audit(%2$s entity) {
                        log.debug("Audit record {}", entity);
                    }

                """.formatted(pkg, noun, first, last));
        int methods = 14 + random.nextInt(6);
        for (int i = 0; i < methods; i++) {
            sb.append(businessMethod(noun, i, random.nextInt(6)));
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** Ordinary business code of a few shapes, about 20 lines each. */
    private static String businessMethod(String noun, int i, int shape) {
        return (switch (shape) {
            case 0 -> """
                    public Map<String, List<%1$s>> groupByHomeroom%2$d(List<%1$s> all) {
                        Map<String, List<%1$s>> groups = new HashMap<>();
                        for (%1$s e : all) {
                            String key = String.valueOf(e.getId() %% %3$d);
                            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                        }
                        for (Map.Entry<String, List<%1$s>> entry : groups.entrySet()) {
                            entry.getValue().sort(Comparator.comparing(%1$s::getId));
                            if (entry.getValue().size() > %4$d) {
                                counters.merge("large-group", 1, Integer::sum);
                            }
                        }
                        return groups;
                    }

                    """.formatted(noun, i, 3 + i, 20 + i);
            case 1 -> """
                    public int score%2$d(int base, int bonus, boolean late) {
                        int score = base;
                        if (late) {
                            score -= %3$d;
                        } else if (bonus > 0) {
                            score += Math.min(bonus, %4$d);
                        }
                        switch (score / 10) {
                            case 10, 9 -> counters.merge("excellent", 1, Integer::sum);
                            case 8, 7 -> counters.merge("good", 1, Integer::sum);
                            default -> counters.merge("review", 1, Integer::sum);
                        }
                        return Math.max(0, Math.min(100, score));
                    }

                    """.formatted(noun, i, 5 + i % 7, 10 + i);
            case 2 -> """
                    public List<Long> activeIds%2$d(List<%1$s> all, long since) {
                        return all.stream()
                                .filter(e -> e.getId() != null)
                                .filter(e -> e.getId() > since)
                                .map(%1$s::getId)
                                .sorted()
                                .limit(%3$d)
                                .collect(Collectors.toList());
                    }

                    public long countNewer%2$d(long id) {
                        List<%1$s> newer = repository.findNewerThan(id);
                        log.debug("{} newer records", newer.size());
                        return newer.size();
                    }

                    """.formatted(noun, i, 100 + i);
            case 3 -> """
                    public LocalDate nextReview%2$d(LocalDate from, int weeks) {
                        LocalDate date = from;
                        int added = 0;
                        while (added < weeks) {
                            date = date.plusWeeks(1);
                            if (date.getMonthValue() == 7 || date.getMonthValue() == 8) {
                                continue; // no reviews in the summer break
                            }
                            added++;
                        }
                        if (date.getDayOfWeek().getValue() > 5) {
                            date = date.plusDays(8L - date.getDayOfWeek().getValue());
                        }
                        return date;
                    }

                    """.formatted(noun, i);
            case 4 -> """
                    public String summary%2$d(List<%1$s> all) {
                        StringBuilder sb = new StringBuilder();
                        int shown = 0;
                        for (%1$s e : all) {
                            if (shown++ >= %3$d) {
                                sb.append("...");
                                break;
                            }
                            sb.append(e.getId()).append(';');
                        }
                        try {
                            return sb.toString().trim();
                        } catch (RuntimeException ex) {
                            log.error("Summary failed", ex);
                            return "";
                        }
                    }

                    """.formatted(noun, i, 10 + i);
            default -> """
                    public double average%2$d(int[] values) {
                        if (values == null || values.length == 0) {
                            return 0.0;
                        }
                        double sum = 0;
                        int counted = 0;
                        for (int v : values) {
                            if (v < 0 || v > %3$d) {
                                continue;
                            }
                            sum += v;
                            counted++;
                        }
                        double avg = counted == 0 ? 0.0 : sum / counted;
                        counters.merge("averages", 1, Integer::sum);
                        return Math.round(avg * 100.0) / 100.0;
                    }

                    """.formatted(noun, i, 100 + i);
        }).indent(4);
    }

    private String controller(String pkg, String noun, List<Field> fields) {
        String path = noun.toLowerCase();
        Field tracked = fields.get(random.nextInt(fields.size()));
        StringBuilder sb = new StringBuilder("""
                package %1$s;

                import com.segment.analytics.Analytics;
                import com.segment.analytics.messages.TrackMessage;
                import java.util.List;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.RequestBody;
                import org.springframework.web.bind.annotation.RequestMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                @RequestMapping("/api/%3$s")
                public class %2$sController {

                    private final %2$sService service;
                    private final %2$sRepository repository;
                    private final Analytics analytics;

                    public %2$sController(%2$sService service, %2$sRepository repository, Analytics analytics) {
                        this.service = service;
                        this.repository = repository;
                        this.analytics = analytics;
                    }

                    @GetMapping("/{id}")
                    public ResponseEntity<%2$sDto> get(@PathVariable Long id) {
                        return service.find(id).map(%2$sDto::of).map(ResponseEntity::ok)
                                .orElse(ResponseEntity.notFound().build());
                    }

                    @PostMapping
                    public %2$sDto create(@RequestBody %2$s body) {
                        %2$s saved = service.register(body);
                        analytics.enqueue(TrackMessage.builder("%2$s Created").userId(String.valueOf(saved.getId()))
                                .properties(java.util.Map.of("value", saved.%4$s())));
                        return %2$sDto.of(saved);
                    }

                    @GetMapping
                    public List<%2$sDto> list() {
                        List<%2$sDto> all = repository.findAll().stream().map(%2$sDto::of).toList();
                        if (all.isEmpty()) {
                            System.out.println("empty list for %3$s");
                        }
                        return all;
                    }
                """.formatted(pkg, noun, path, getter(tracked)));
        int endpoints = 3 + random.nextInt(4);
        for (int i = 0; i < endpoints; i++) {
            sb.append("""

                        @GetMapping("/page/%1$d")
                        public List<%2$sDto> page%1$d() {
                            List<%2$s> all = repository.findAll();
                            int from = Math.min(all.size(), %1$d * 20);
                            int to = Math.min(all.size(), from + 20);
                            return all.subList(from, to).stream().map(%2$sDto::of).toList();
                        }
                    """.formatted(i, noun));
        }
        sb.append("}\n");
        return sb.toString();
    }

    private String statistics(String pkg, String noun) {
        StringBuilder sb = new StringBuilder("""
                package %1$s;

                import java.util.ArrayList;
                import java.util.Arrays;
                import java.util.List;

                /** Numbers for the district's dashboards; no personal data. */
                public final class %2$sStatistics {

                    private %2$sStatistics() {
                    }
                """.formatted(pkg, noun));
        int methods = 10 + random.nextInt(5);
        for (int i = 0; i < methods; i++) {
            sb.append("""

                        static double[] movingAverage%1$d(double[] values, int window) {
                            if (window <= 0 || values.length < window) {
                                return new double[0];
                            }
                            double[] out = new double[values.length - window + 1];
                            double sum = 0;
                            for (int i = 0; i < values.length; i++) {
                                sum += values[i];
                                if (i >= window) {
                                    sum -= values[i - window];
                                }
                                if (i >= window - 1) {
                                    out[i - window + 1] = sum / window;
                                }
                            }
                            return out;
                        }

                        static List<Integer> percentiles%1$d(int[] scores) {
                            int[] sorted = Arrays.copyOf(scores, scores.length);
                            Arrays.sort(sorted);
                            List<Integer> result = new ArrayList<>();
                            for (int p = 10; p <= 90; p += %2$d) {
                                int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
                                result.add(sorted.length == 0 ? 0 : sorted[Math.max(0, index)]);
                            }
                            return result;
                        }
                    """.formatted(i, 10 + i % 3 * 10));
        }
        sb.append("}\n");
        return sb.toString();
    }

    // ---- non-Java files of a unit

    private static String migration(String noun, List<Field> fields) {
        StringBuilder sb = new StringBuilder("-- ").append(noun).append(" records\nCREATE TABLE ")
                .append(snake(noun)).append(" (\n    id BIGINT PRIMARY KEY");
        for (Field f : fields) {
            String type = switch (f.type()) {
                case "int" -> "INTEGER";
                case "double" -> "NUMERIC(5,2)";
                case "LocalDate" -> "DATE";
                default -> "VARCHAR(255)";
            };
            sb.append(",\n    ").append(snake(f.name())).append(' ').append(type);
        }
        return sb.append("\n);\n").toString();
    }

    private static String listTemplate(String noun, List<Field> fields) {
        StringBuilder sb = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout"
                      layout:decorate="~{layouts/main}">
                <head><title>%1$s list</title></head>
                <body>
                <main layout:fragment="content">
                  <h1>%1$s records</h1>
                  <table>
                    <tr>
                """.formatted(noun));
        for (Field f : fields) {
            sb.append("      <th>").append(f.name()).append("</th>\n");
        }
        sb.append("    </tr>\n    <tr th:each=\"e : ${items}\">\n");
        for (Field f : fields) {
            sb.append("      <td th:text=\"${e.").append(f.name()).append("}\">x</td>\n");
        }
        sb.append("""
                    </tr>
                  </table>
                  <a th:href="@{/export}">Click here</a>
                  <a th:href="@{/help}"><img src="/img/help.png"></a>
                </main>
                </body>
                </html>
                """);
        return sb.toString();
    }

    private static String formTemplate(String noun, List<Field> fields, int u) {
        StringBuilder sb = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout"
                      layout:decorate="~{layouts/main}">
                <head><title>Edit %1$s</title></head>
                <body>
                <main layout:fragment="content">
                  <h1>Edit %1$s</h1>
                  <form method="post" th:action="@{/save}">
                """.formatted(noun));
        int i = 0;
        for (Field f : fields) {
            String id = f.name() + u;
            if (i++ % 3 == 2) {
                sb.append("    <input type=\"text\" name=\"").append(f.name()).append("\" placeholder=\"")
                        .append(f.name()).append("\">\n");
            } else {
                sb.append("    <label for=\"").append(id).append("\">").append(f.name()).append("</label>\n")
                        .append("    <input id=\"").append(id).append("\" type=\"text\" name=\"").append(f.name())
                        .append("\">\n");
            }
        }
        sb.append("""
                    <fieldset><legend>Consent</legend>
                      <input type="radio" id="yes%1$d" name="consent" value="yes"><label for="yes%1$d">Yes</label>
                      <input type="radio" id="no%1$d" name="consent" value="no"><label for="no%1$d">No</label>
                    </fieldset>
                    <button type="submit">Save</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(u));
        return sb.toString();
    }

    // ---- helpers

    private static String getter(Field f) {
        return "get" + Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private void javaFile(Path file, String text) {
        write(file, text);
        otherFiles--;
        javaFiles++;
        javaLines += text.lines().count();
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            otherFiles++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
