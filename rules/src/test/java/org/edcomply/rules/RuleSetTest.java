package org.edcomply.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.io.ClasspathFolder;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The rule set is consistent: every rule declares its check type, every check type is complete. */
class RuleSetTest {

    private static final ClassLoader LOADER = RuleSetTest.class.getClassLoader();

    @Test
    void everyRuleNamesADeclaredCheckType() {
        RuleBase rules = RuleBase.builtIn(LOADER);
        CheckTypeRegistry checks = CheckTypeRegistry.load(LOADER);
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule rule : p.getRules()) {
                Object check = rule.getMetaData().get("check");
                assertTrue(check != null, "rule '" + rule.getName() + "' has no @check(...)");
                assertTrue(checks.find(RuleBase.metaValue(check)).isPresent(),
                        "rule '" + rule.getName() + "' names undeclared check type " + check);
            }
        }
        assertEquals(checks.names(), rules.checkTypes(), "every declared check type has a rule, and vice versa");
    }

    @Test
    void everyCheckTypeHasTestCases() {
        TreeSet<String> cases = new TreeSet<>();
        ClasspathFolder.list(LOADER, "cases/", ".yaml")
                .forEach(r -> cases.add(r.substring("cases/".length(), r.length() - ".yaml".length())));
        assertEquals(new TreeSet<>(CheckTypeRegistry.load(LOADER).names()), cases);
    }

    /**
     * The DRL shipped beside the precompiled model still compiles at run time, on the JavaParser
     * version this build resolves (Drools' code generator is built against an older one).
     */
    @Test
    void drlCompilesAtRunTimeToTheSameChecks() {
        RuleBase precompiled = RuleBase.builtIn(LOADER);
        List<String> checks = precompiled.checkTypes();
        RuleBase compiled = RuleBase.compile(RuleBase.builtInDrl(LOADER, checks), LOADER);
        assertEquals(checks, compiled.checkTypes());
    }

    @Test
    void oneJavaParserOfTheExpectedLine() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LOADER.getResourceAsStream("META-INF/maven/com.github.javaparser/javaparser-core/pom.properties")) {
            p.load(in);
        }
        assertTrue(p.getProperty("version").startsWith("3.28."), "javaparser-core " + p.getProperty("version"));
    }
}
