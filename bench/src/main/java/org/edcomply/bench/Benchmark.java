package org.edcomply.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.edcomply.core.scan.ProjectFiles;

/**
 * Measures EdComply side by side with the parse floor and PMD's quickstart ruleset, each as a
 * whole process over the same Java files with the same thread count, on generated EdTech code
 * bases (100k and 1M Java lines by default) or on any directory. Prints a table of figures and
 * the ratios that count; absolute times on a shared machine are noisy, ratios measured in one
 * run are not.
 *
 * <pre>
 * bench/run                        # 100k and 1M lines
 * bench/run --lines 250k           # another size
 * bench/run --dir ~/src/district   # a real code base
 * </pre>
 */
public final class Benchmark {

    /** Bumped when {@link CodeBase} changes, so that an old generated tree is not reused. */
    static final String GENERATOR_VERSION = "1";

    private final Options options;
    private final String classpath = System.getProperty("java.class.path");
    private final StringBuilder out = new StringBuilder();

    Benchmark(Options options) {
        this.options = options;
    }

    /** One code base's figures; the ratios are computed from the measured wall times. */
    record Row(String name, int modules, int javaFiles, int otherFiles, long javaLines, Measured floor, Measured pmd,
               Measured cold, Measured warm, Measured ready) {

        double coldOverFloor() {
            return ratio(cold, floor);
        }

        /** The scan phase alone against the parsing alone, both measured inside their processes. */
        double scanOverParse() {
            return (double) cold.metric("scanMillis") / floor.metric("millis");
        }

        double coldOverPmd() {
            return pmd == null ? Double.NaN : ratio(cold, pmd);
        }

        double warmOverCold() {
            return ratio(warm, cold);
        }

        private static double ratio(Measured a, Measured b) {
            return (double) a.wallMillis() / b.wallMillis();
        }
    }

    /** A process's wall time (median of the repeats) and what it reported about itself. */
    record Measured(long wallMillis, Map<String, String> metrics) {

        long metric(String key) {
            String v = metrics.get(key);
            return v == null ? -1 : Long.parseLong(v);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Benchmark benchmark = new Benchmark(options);
        List<Row> rows = benchmark.runAll();
        String table = benchmark.report(rows);
        System.out.println(table);
        Path report = options.work().resolve("benchmark-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(report, table);
        System.out.println("Written to " + report);
    }

    /** Runs every configured code base; visible for the smoke test. */
    List<Row> runAll() throws IOException, InterruptedException {
        Files.createDirectories(options.work());
        List<Row> rows = new ArrayList<>();
        if (options.dir() != null) {
            rows.add(measure(options.dir().getFileName().toString(), options.dir(), discoverModules(options.dir()), "newest"));
        } else {
            for (long lines : options.sizes()) {
                Path dir = options.work().resolve("edtech-" + label(lines));
                List<Path> modules = generated(dir, lines);
                rows.add(measure("generated " + label(lines), dir, modules, "17"));
            }
        }
        return rows;
    }

    // ---- code bases

    private List<Path> generated(Path dir, long lines) throws IOException {
        Path marker = dir.resolve(".generated");
        String expected = GENERATOR_VERSION + " " + lines;
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
            log("reusing " + dir);
        } else {
            deleteTree(dir);
            log("generating " + label(lines) + " Java lines in " + dir);
            CodeBase.generate(dir, lines);
            Files.writeString(marker, expected);
        }
        return discoverModules(dir);
    }

    /** Folders with a Maven source layout (not under build output); the folder itself when there are none. */
    static List<Path> discoverModules(Path dir) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isDirectory)
                    .filter(d -> !isSkipped(dir, d))
                    .filter(d -> Files.isDirectory(d.resolve("src/main/java")) || Files.isDirectory(d.resolve("src/main/resources"))
                            || Files.isDirectory(d.resolve("src/main/webapp")))
                    .sorted()
                    .forEach(modules::add);
        }
        return modules.isEmpty() ? List.of(dir) : modules;
    }

    private static boolean isSkipped(Path root, Path d) {
        for (Path part : root.relativize(d)) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".") || name.equals("src")) {
                return true;
            }
        }
        return false;
    }

    /** Exactly the Java files EdComply scans in these modules. */
    static List<Path> javaFiles(List<Path> modules) {
        List<Path> files = new ArrayList<>();
        for (Path module : modules) {
            files.addAll(new ProjectFiles(module).under(module.resolve(EdComplyCheck.sourceRoot(module)),
                    p -> p.toString().endsWith(".java")));
        }
        return files;
    }

    // ---- measuring

    private Row measure(String name, Path dir, List<Path> modules, String release) throws IOException, InterruptedException {
        List<Path> java = javaFiles(modules);
        long lines = 0;
        for (Path f : java) {
            lines += countLines(f); // also brings every file into the OS cache, for every process alike
        }
        Path fileList = options.work().resolve("java-files.txt");
        Path moduleList = options.work().resolve("modules.txt");
        Files.write(fileList, java.stream().map(Path::toString).toList());
        Files.write(moduleList, modules.stream().map(Path::toString).toList());
        String threads = String.valueOf(options.threads());
        log(String.format(Locale.ROOT, "%s: %d modules, %d Java files, %,d lines; load average %s", name, modules.size(),
                java.size(), lines, loadAverage()));

        Runnable nothing = () -> { };
        Measured floor = run("floor", ParseFloor.class, nothing, fileList.toString(), threads, release);
        Measured cold = run("EdComply cold", EdComplyCheck.class, () -> deleteOutputs(modules),
                moduleList.toString(), threads, release, "cache");
        Measured warm = run("EdComply warm", EdComplyCheck.class, nothing, moduleList.toString(), threads, release,
                "cache");
        Measured pmd = options.pmd() ? run("PMD quickstart", PmdQuickstart.class, nothing, fileList.toString(),
                threads, release, options.work().resolve("pmd-report.txt").toString()) : null;
        Measured ready = run("rule base", RuleBaseReady.class, nothing);
        int other = (int) cold.metric("files") - java.size();
        return new Row(name, modules.size(), java.size(), other, lines, floor, pmd, cold, warm, ready);
    }

    /** Runs a process {@code repeat} times (after {@code before} each time) and keeps the median wall time. */
    private Measured run(String what, Class<?> main, Runnable before, String... args) throws IOException, InterruptedException {
        List<Measured> runs = new ArrayList<>();
        for (int i = 0; i < options.repeat(); i++) {
            before.run();
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", classpath));
            command.addAll(options.jvmOptions());
            command.add(main.getName());
            command.addAll(List.of(args));
            Path log = options.work().resolve(main.getSimpleName() + ".log");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + options.timeout() + "; see " + log);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            String output = Files.readString(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "):\n" + tail(output));
            }
            Map<String, String> metrics = ProcessMetrics.parse(output);
            runs.add(new Measured(wall, metrics));
            log(String.format(Locale.ROOT, "  %-15s %7.2f s  %s", what, wall / 1000.0, metrics));
        }
        runs.sort(Comparator.comparingLong(Measured::wallMillis));
        return runs.get(runs.size() / 2);
    }

    private static void deleteOutputs(List<Path> modules) {
        for (Path m : modules) {
            deleteTree(m.resolve("target/edcomply"));
        }
    }

    // ---- the table

    String report(List<Row> rows) {
        out.setLength(0);
        Runtime rt = Runtime.getRuntime();
        out.append("## EdComply benchmark\n\n");
        out.append(String.format(Locale.ROOT, "Machine: %d cores, %.0f GiB memory, %s %s (%s); %d threads in every "
                        + "process; load average at the end %s.%n%n", rt.availableProcessors(), totalMemoryGiB(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                options.threads(), loadAverage()));
        out.append("| code base | modules | Java files | other files | Java lines | floor | PMD quickstart "
                + "| EdComply cold | cold scan | EdComply warm | rule base load | rule firing | findings "
                + "| peak heap | peak RSS |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %,d "
                            + "| %s | %s |%n",
                    r.name(), r.modules(), r.javaFiles(), r.otherFiles(), r.javaLines(), seconds(r.floor()),
                    seconds(r.pmd()), seconds(r.cold()), millis(r.cold().metric("scanMillis")), seconds(r.warm()),
                    millis(r.cold().metric("ruleBaseLoadMillis")) + " (waited " + millis(r.cold().metric("ruleBaseWaitMillis")) + ")",
                    millis(r.cold().metric("rulesMillis")), r.cold().metric("findings"),
                    mib(r.cold().metric("peakHeapBytes")),
                    mib(r.cold().metric("peakRssBytes")) + " (floor " + mib(r.floor().metric("peakRssBytes"))
                            + (r.pmd() == null ? "" : ", PMD " + mib(r.pmd().metric("peakRssBytes"))) + ")"));
        }
        out.append("\nRatios, measured in the same run (targets in brackets):\n\n");
        out.append("| code base | EdComply cold / floor [≤ 1.25] | cold scan / parsing [≤ 1.25] "
                + "| EdComply cold / PMD quickstart [≤ 0.5] | warm / cold [≤ 0.10] | rule base ready [≤ 0.5 s] "
                + "| peak RSS [≤ 1 GiB at ~1M lines] |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            long kieBase = r.ready().metric("ruleBaseLoadMillis");
            long rss = r.cold().metric("peakRssBytes");
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", r.name(),
                    mark(r.coldOverFloor(), 1.25), mark(r.scanOverParse(), 1.25), mark(r.coldOverPmd(), 0.5), mark(r.warmOverCold(), 0.10),
                    millis(kieBase) + (kieBase <= 500 ? " ✓" : " ✗") + " (+ catalogue "
                            + millis(r.ready().metric("catalogMillis")) + ")",
                    mib(rss) + (r.javaLines() < 500_000 ? "" : rss <= 1L << 30 ? " ✓" : " ✗")));
        }
        out.append("""

                floor: a process that reads and parses every Java file once with JavaParser (EdComply's parser
                configuration) and does nothing else. EdComply cold / floor compares the whole processes; cold scan
                / parsing compares EdComply's scan phase with the floor's parsing, both timed inside their
                processes (no JVM start, catalogue, rules or reports). PMD quickstart: pmd-java's quickstart ruleset, incremental
                analysis off, text report. EdComply cold: every scanner, every built-in requirement (all
                jurisdictions selected), triage and the JSON/HTML/SARIF reports, no cache; cold scan: its scan phase
                (listing, hashing, scanning, cross-file joins); rule base load: building the precompiled rules, in
                the background while the scan runs (waited: how long the run waited for them); rule firing: inserting
                facts and firing; findings: all modules. EdComply warm: the same again with nothing changed (the
                incremental cache in each module's target/edcomply). Rule base ready: a fresh process that only builds
                the rule base (+ loading and validating the check types and jurisdiction files). All figures are
                whole processes, JVM start included, over the same Java files with the same thread count; modules
                run one after the other in one process, as in a reactor. Peak heap: heap in use, sampled every 10 ms;
                peak RSS: the process's VmHWM.
                """);
        return out.toString();
    }

    private static String mark(double value, double target) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f %s", value, value <= target ? "✓" : "✗");
    }

    private static String seconds(Measured m) {
        return m == null ? "n/a" : String.format(Locale.ROOT, "%.2f s", m.wallMillis() / 1000.0);
    }

    private static String millis(long ms) {
        return ms < 0 ? "n/a" : ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms";
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    // ---- helpers

    static String label(long lines) {
        if (lines % 1_000_000 == 0) {
            return lines / 1_000_000 + "M";
        }
        return lines % 1000 == 0 ? lines / 1000 + "k" : String.valueOf(lines);
    }

    static long countLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
        }
    }

    private static double totalMemoryGiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (double) (1L << 30);
        }
        return Double.NaN;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line. */
    record Options(List<Long> sizes, Path dir, int threads, int repeat, boolean pmd, Path work, Duration timeout,
                   List<String> jvmOptions) {

        static final String USAGE = """
                usage: bench/run [--lines 100k,1M | --dir PATH] [--threads N] [--repeat N] [--no-pmd]
                                 [--work DIR] [--jvm-option OPT]...
                  --lines     sizes of the generated code bases (Java lines), default 100k,1M
                  --dir       measure this directory instead (its Maven modules, or all its Java files)
                  --threads   threads for every process, default: the number of cores
                  --repeat    run each process N times and keep the median, default 1
                  --no-pmd    leave PMD out
                  --work      where code bases, logs and results go, default bench/target/work
                  --jvm-option  an option for every measured JVM, e.g. --jvm-option -Xmx1g""";

        static Options parse(String[] args) {
            List<Long> sizes = List.of(100_000L, 1_000_000L);
            Path dir = null;
            int threads = Runtime.getRuntime().availableProcessors();
            int repeat = 1;
            boolean pmd = true;
            Path work = Path.of("bench/target/work");
            List<String> jvm = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--lines" -> sizes = Stream.of(value(args, ++i, a).split(",")).map(Options::size).toList();
                    case "--dir" -> dir = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--threads" -> threads = positive(value(args, ++i, a), a);
                    case "--repeat" -> repeat = positive(value(args, ++i, a), a);
                    case "--no-pmd" -> pmd = false;
                    case "--work" -> work = Path.of(value(args, ++i, a));
                    case "--jvm-option" -> jvm.add(value(args, ++i, a));
                    case "--help", "-h" -> throw new IllegalArgumentException("the options are:");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (dir != null && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--dir " + dir + " is not a directory");
            }
            return new Options(sizes, dir, threads, repeat, pmd, work.toAbsolutePath().normalize(), Duration.ofHours(2),
                    List.copyOf(jvm));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String s, String option) {
            try {
                int n = Integer.parseInt(s);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " expects a positive number, got '" + s + "'");
        }

        static long size(String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            long factor = t.endsWith("k") ? 1000 : t.endsWith("m") ? 1_000_000 : 1;
            String digits = factor == 1 ? t : t.substring(0, t.length() - 1);
            try {
                long n = Long.parseLong(digits) * factor;
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("--lines expects sizes such as 100k or 1M, got '" + s + "'");
        }
    }
}
