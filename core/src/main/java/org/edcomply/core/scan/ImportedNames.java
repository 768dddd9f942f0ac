package org.edcomply.core.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves annotation names through a file's imports, without a symbol solver: {@code @PersonalData}
 * is EdComply's only when {@code org.edcomply.annotations.PersonalData} (or the package with
 * {@code *}) is imported, or when it is written fully qualified. A same-named annotation of
 * another library is not mistaken for ours.
 */
final class ImportedNames {

    private final String ownPackage;
    private final Map<String, String> single = new HashMap<>();
    private final Set<String> wildcards = new HashSet<>();

    ImportedNames(CompilationUnit cu) {
        ownPackage = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration imp : cu.getImports()) {
            if (imp.isStatic()) {
                continue;
            }
            String name = imp.getNameAsString();
            if (imp.isAsterisk()) {
                wildcards.add(name);
            } else {
                single.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    /** True if {@code annotation} is the type {@code fqn} (e.g. {@code org.edcomply.annotations.PersonalData}). */
    boolean is(AnnotationExpr annotation, String fqn) {
        String written = annotation.getNameAsString();
        if (written.equals(fqn)) {
            return true;
        }
        int dot = fqn.lastIndexOf('.');
        String pkg = fqn.substring(0, dot);
        String simple = fqn.substring(dot + 1);
        if (!written.equals(simple)) {
            return false;
        }
        String imported = single.get(simple);
        if (imported != null) {
            return imported.equals(fqn);
        }
        return wildcards.contains(pkg) || ownPackage.equals(pkg);
    }

    Optional<AnnotationExpr> find(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node, String fqn) {
        return node.getAnnotations().stream().filter(a -> is(a, fqn)).findFirst();
    }

    /** Every annotation of type {@code fqn} on the node, including those inside a container ({@code @X.List}). */
    java.util.List<AnnotationExpr> findAll(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node, String fqn) {
        java.util.List<AnnotationExpr> found = new java.util.ArrayList<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            if (is(a, fqn)) {
                found.add(a);
            } else if (is(a, fqn + ".List") || a.getNameAsString().endsWith(fqn.substring(fqn.lastIndexOf('.') + 1) + ".List")) {
                a.findAll(AnnotationExpr.class).stream().filter(inner -> inner != a && is(inner, fqn)).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * The fully qualified name a simple type name written in this file stands for, as far as
     * imports tell: a single-type import, else {@code java.lang} for its well-known classes, else
     * the file's own package. Nested names ({@code Request.Builder}) resolve through their outer name.
     */
    String resolve(String written) {
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String tail = dot < 0 ? "" : written.substring(dot);
        if (!head.isEmpty() && Character.isLowerCase(head.charAt(0))) {
            return written; // already qualified
        }
        String imported = single.get(head);
        if (imported != null) {
            return imported + tail;
        }
        if (JAVA_LANG.contains(head)) {
            return "java.lang." + written;
        }
        return ownPackage.isEmpty() ? written : ownPackage + "." + written;
    }

    /** Packages imported with {@code *}, for matching against package prefixes. */
    Set<String> wildcardPackages() {
        return wildcards;
    }

    /** Every non-static single-type import, fully qualified. */
    java.util.Collection<String> singleImports() {
        return single.values();
    }

    private static final Set<String> JAVA_LANG = Set.of("System", "String", "Object", "Thread", "Throwable",
            "Exception", "RuntimeException", "Integer", "Long", "Boolean", "Math", "StringBuilder");
}
