package org.edcomply.core.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.CodeSuppression;
import org.edcomply.core.model.Location;

/**
 * Reads {@code @SuppressCompliance} into {@link CodeSuppression} facts, with the line range of the
 * declaration it annotates. An annotation whose attributes are not plain string constants cannot be
 * evaluated from the source and is reported as a problem, never silently ignored.
 */
final class SuppressionExtractor {

    static final String SUPPRESS = PersonalDataExtractor.PKG + "SuppressCompliance";

    private SuppressionExtractor() {
    }

    static List<Object> extract(CompilationUnit cu, String file) {
        ImportedNames names = new ImportedNames(cu);
        List<Object> out = new ArrayList<>();
        for (AnnotationExpr annotation : cu.findAll(AnnotationExpr.class)) {
            if (names.is(annotation, SUPPRESS)) {
                out.add(read(annotation, file));
            }
        }
        return out;
    }

    private static Object read(AnnotationExpr annotation, String file) {
        Location at = annotation.getBegin().map(p -> new Location(file, p.line, p.column)).orElse(Location.ofFile(file));
        Optional<List<String>> ids = strings(PersonalDataExtractor.attribute(annotation, "value"));
        Optional<List<String>> reason = strings(PersonalDataExtractor.attribute(annotation, "reason"));
        Optional<Expression> untilExpr = PersonalDataExtractor.attribute(annotation, "until");
        Optional<List<String>> until = untilExpr.isPresent() ? strings(untilExpr) : Optional.of(List.of(""));
        if (ids.isEmpty() || reason.isEmpty() || until.isEmpty() || reason.get().size() != 1 || until.get().size() != 1) {
            return new AnalysisProblem(at, AnalysisProblem.INVALID_SUPPRESSION,
                    "@SuppressCompliance needs string constants: value (requirement ids), reason and optionally until");
        }
        Node target = annotation.getParentNode().orElse(annotation);
        int from = target.getBegin().map(p -> p.line).orElse(at.line());
        int to = target.getEnd().map(p -> p.line).orElse(at.line());
        return new CodeSuppression(at, ids.get(), reason.get().get(0), until.get().get(0), describe(target), from, to);
    }

    /** A string literal, a concatenation of literals, or an array of them; empty for anything else. */
    private static Optional<List<String>> strings(Optional<Expression> expression) {
        if (expression.isEmpty()) {
            return Optional.empty();
        }
        Expression e = expression.get();
        if (e instanceof ArrayInitializerExpr array) {
            List<String> values = new ArrayList<>();
            for (Expression item : array.getValues()) {
                Optional<String> s = constant(item);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                values.add(s.get());
            }
            return Optional.of(values);
        }
        return constant(e).map(List::of);
    }

    private static Optional<String> constant(Expression e) {
        if (e instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (e instanceof TextBlockLiteralExpr block) {
            return Optional.of(block.asString());
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return constant(binary.getLeft()).flatMap(l -> constant(binary.getRight()).map(r -> l + r));
        }
        return Optional.empty();
    }

    /** {@code Learner}, {@code Learner.faceTemplate}, {@code Learner.enrol(..)}: for reports. */
    private static String describe(Node target) {
        String own;
        if (target instanceof TypeDeclaration<?> type) {
            own = type.getNameAsString();
        } else if (target instanceof FieldDeclaration field && !field.getVariables().isEmpty()) {
            own = field.getVariable(0).getNameAsString();
        } else if (target instanceof CallableDeclaration<?> callable) {
            own = callable.getNameAsString() + "(..)";
        } else if (target instanceof Parameter parameter) {
            own = parameter.getNameAsString();
        } else if (target instanceof VariableDeclarationExpr local && !local.getVariables().isEmpty()) {
            own = local.getVariable(0).getNameAsString();
        } else {
            own = target.getClass().getSimpleName();
        }
        if (target instanceof TypeDeclaration<?> && target.findAncestor(TypeDeclaration.class).isEmpty()) {
            return own;
        }
        return target.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString() + "." + own).orElse(own);
    }
}
