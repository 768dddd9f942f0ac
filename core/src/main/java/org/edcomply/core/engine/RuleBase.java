package org.edcomply.core.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * The compiled check types: one Drools {@link KieBase}, built once per class loader and shared by
 * every module of a reactor (a KieBase is thread-safe; sessions are not and are made per run).
 *
 * <p>The built-in checks are precompiled to Drools' executable model when {@code edcomply-rules} is
 * built; loading them is instantiating the generated model classes (no DRL parsing, no Java
 * compilation at run time). DRL can also be compiled at run time, for rule sets the build names
 * explicitly and for measuring the difference.
 *
 * <p>A rule whose consequence throws is reported, not fatal ({@link RuleFailures}, set on every
 * rule base built here).
 *
 * <p>All Drools calls run with the thread context class loader set to the one that loaded
 * EdComply: Drools finds its services through it, and a wrong one fails on pool threads.
 */
public final class RuleBase {

    /** Where kie-maven-plugin writes the list of generated model classes of {@code edcomply-rules}. */
    static final String BUILT_IN_MODEL_INDEX = "META-INF/kie/org.edcomply/edcomply-rules/drools-model";

    private static final Map<String, RuleBase> CACHE = new ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final String contentHash;
    private final long loadMillis;

    private RuleBase(KieBase kieBase, String contentHash, long loadMillis) {
        this.kieBase = kieBase;
        this.contentHash = contentHash;
        this.loadMillis = loadMillis;
    }

    /** The built-in checks, precompiled; cached per class loader. */
    public static RuleBase builtIn(ClassLoader loader) {
        String index = readIndex(loader);
        String key = "precompiled:" + System.identityHashCode(loader) + ":" + sha256(index);
        return CACHE.computeIfAbsent(key, k -> loadPrecompiled(loader, index));
    }

    /**
     * Compiles DRL at run time into a KieBase of its own; cached by content.
     *
     * @param drl file name to DRL text
     */
    public static RuleBase compile(Map<String, String> drl, ClassLoader loader) {
        Map<String, String> sorted = new TreeMap<>(drl);
        String hash = sha256(sorted.toString());
        return CACHE.computeIfAbsent("drl:" + System.identityHashCode(loader) + ":" + hash,
                k -> compileNow(sorted, hash, loader));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Identifies the rule content; part of every cache key downstream. */
    public String contentHash() {
        return contentHash;
    }

    /** How long building this rule base took when it was first made in this JVM. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The check type names the rules declare with {@code @check(...)}, sorted. */
    public List<String> checkTypes() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule rule : p.getRules()) {
                Object check = rule.getMetaData().get("check");
                if (check != null && !names.contains(metaValue(check))) {
                    names.add(metaValue(check));
                }
            }
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Normalises a rule metadata value: the executable model without MVEL keeps the quotes of
     * {@code @check("x")}, the classic engine strips them.
     */
    public static String metaValue(Object raw) {
        String s = String.valueOf(raw).trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static RuleBase loadPrecompiled(ClassLoader loader, String index) {
        long start = System.nanoTime();
        KieBase kb = inRealm(() -> {
            List<Model> models = new ArrayList<>();
            for (String line : index.split("\\R")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models, ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        });
        return new RuleBase(kb, sha256(index), (System.nanoTime() - start) / 1_000_000);
    }

    private static RuleBase compileNow(Map<String, String> drl, String hash, ClassLoader loader) {
        long start = System.nanoTime();
        KieBase kb = inRealm(() -> {
            KieServices ks = KieServices.Factory.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            drl.forEach((name, text) -> kfs.write("src/main/resources/" + name, text));
            // A unique ReleaseId per content: the default one is JVM-global and races under mvn -T.
            ReleaseId id = ks.newReleaseId("org.edcomply.runtime", "rules-" + hash.substring(0, 16), "1.0.0");
            kfs.generateAndWritePomXML(id);
            KieBuilder builder = ks.newKieBuilder(kfs, loader)
                    .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(errors.stream().map(Message::toString).toList());
            }
            KieBaseConfiguration configuration = ks.newKieBaseConfiguration(null, loader);
            configuration.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
            return ks.newKieContainer(id, loader).newKieBase(configuration);
        });
        return new RuleBase(kb, hash, (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads the DRL files shipped beside the precompiled model, for compiling them at run time. */
    public static Map<String, String> builtInDrl(ClassLoader loader, List<String> checkTypes) {
        Map<String, String> drl = new TreeMap<>();
        for (String check : checkTypes) {
            String name = "org/edcomply/rules/" + check + ".drl";
            drl.put(name, readResource(loader, name));
        }
        return drl;
    }

    /** Runs Drools work with the context class loader Drools needs (see the class comment). */
    static <T> T inRealm(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleBase.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Drools failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String readIndex(ClassLoader loader) {
        URL url = loader.getResource(BUILT_IN_MODEL_INDEX);
        if (url == null) {
            throw new IllegalStateException("the precompiled checks are missing: " + BUILT_IN_MODEL_INDEX
                    + " is not on the class path (is edcomply-rules a dependency?)");
        }
        return readResource(loader, BUILT_IN_MODEL_INDEX);
    }

    static String readResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder sb = new StringBuilder();
                r.lines().forEach(l -> sb.append(l).append('\n'));
                return sb.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
