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
import org.edcomply.core.io.ClasspathFolder;

/**
 * The compiled check types: one Drools {@link KieBase}, built once per class loader and rule
 * content and shared by every module of a reactor (a KieBase is thread-safe; sessions are not and
 * are made per run). The cache is keyed by the class loader (the plugin realm) and a hash of the
 * rules, so modules checked in parallel ({@code mvn -T}) wait for the same build instead of making
 * their own.
 *
 * <p>The built-in checks are precompiled to Drools' executable model when {@code edcomply-rules} is
 * built; loading them is instantiating the generated model classes (no DRL parsing, no Java
 * compilation at run time). They are loaded on first use, so a run whose findings come from the
 * incremental cache never pays for them; {@link #loadInBackground()} starts the load early. DRL can
 * also be compiled at run time, for rule sets the build names explicitly and for measuring the
 * difference.
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
    static final String BUILT_IN_RULES = "org/edcomply/rules/";

    /** Class loaders compare by identity, so two realms never share a KieBase of their own classes. */
    private record Key(ClassLoader loader, String content) {
    }

    private static final Map<Key, RuleBase> CACHE = new ConcurrentHashMap<>();

    private final String contentHash;
    private final Callable<KieBase> build;
    private volatile KieBase kieBase;
    private volatile long loadMillis = -1;

    private RuleBase(String contentHash, Callable<KieBase> build) {
        this.contentHash = contentHash;
        this.build = build;
    }

    /**
     * The built-in checks, precompiled; one per class loader and rule content. Cheap: the model is
     * loaded on first use of {@link #kieBase()}.
     */
    public static RuleBase builtIn(ClassLoader loader) {
        String index = readIndex(loader);
        String hash = builtInContentHash(loader, index);
        return CACHE.computeIfAbsent(new Key(loader, "precompiled:" + hash),
                k -> new RuleBase(hash, () -> loadPrecompiled(loader, index)));
    }

    /**
     * Compiles DRL at run time into a KieBase of its own; cached by content. Compiled at once, so
     * that errors surface here.
     *
     * @param drl file name to DRL text
     */
    public static RuleBase compile(Map<String, String> drl, ClassLoader loader) {
        Map<String, String> sorted = new TreeMap<>(drl);
        String hash = sha256(sorted.toString());
        RuleBase rules = CACHE.computeIfAbsent(new Key(loader, "drl:" + hash),
                k -> new RuleBase(hash, () -> compileNow(sorted, hash, loader)));
        rules.kieBase();
        return rules;
    }

    /** The compiled rules, built on first use (once, whichever thread asks first). */
    public KieBase kieBase() {
        KieBase kb = kieBase;
        if (kb == null) {
            synchronized (this) {
                if (kieBase == null) {
                    long start = System.nanoTime();
                    kieBase = inRealm(build);
                    loadMillis = (System.nanoTime() - start) / 1_000_000;
                }
                kb = kieBase;
            }
        }
        return kb;
    }

    /** True once the KieBase is built. */
    public boolean isLoaded() {
        return kieBase != null;
    }

    /**
     * Starts building the KieBase on a daemon thread, so that it is ready when the scan is done;
     * does nothing when it is built already. Whoever calls {@link #kieBase()} meanwhile waits for it.
     */
    public void loadInBackground() {
        if (kieBase != null) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                kieBase();
            } catch (RuntimeException | Error e) {
                // the caller of kieBase() builds again and sees the failure
            }
        }, "edcomply-rule-base");
        loader.setDaemon(true);
        loader.start();
    }

    /** Identifies the rule content; part of every cache key downstream. */
    public String contentHash() {
        return contentHash;
    }

    /** How long building this rule base took when it was first made in this JVM; -1 before that. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The check type names the rules declare with {@code @check(...)}, sorted. */
    public List<String> checkTypes() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase().getKiePackages()) {
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

    private static KieBase loadPrecompiled(ClassLoader loader, String index) throws Exception {
        List<Model> models = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                continue;
            }
            models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models, ConsequenceExceptionHandlerOption.get(RuleFailures.class));
    }

    private static KieBase compileNow(Map<String, String> drl, String hash, ClassLoader loader) {
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
    }

    /**
     * The precompiled model's class names do not change when a rule does, so the hash also covers
     * the DRL and check-type declarations shipped beside it.
     */
    private static String builtInContentHash(ClassLoader loader, String index) {
        StringBuilder content = new StringBuilder(index);
        for (String suffix : List.of(".drl", ".check.yaml")) {
            for (String name : ClasspathFolder.list(loader, BUILT_IN_RULES, suffix)) {
                content.append('\n').append(name).append('\n').append(readResource(loader, name));
            }
        }
        return sha256(content.toString());
    }

    /** Reads the DRL files shipped beside the precompiled model, for compiling them at run time. */
    public static Map<String, String> builtInDrl(ClassLoader loader, List<String> checkTypes) {
        Map<String, String> drl = new TreeMap<>();
        for (String check : checkTypes) {
            String name = BUILT_IN_RULES + check + ".drl";
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
