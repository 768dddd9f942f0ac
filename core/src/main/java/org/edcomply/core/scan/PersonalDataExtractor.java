package org.edcomply.core.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Turns {@code @PersonalData} (with {@code @LegalBasis}) on fields, record components, getters and
 * classes into {@link PersonalDataElement} facts. A class-level annotation covers every instance
 * field (or record component) that has none of its own.
 */
final class PersonalDataExtractor {

    static final String PKG = "org.edcomply.annotations.";
    static final String PERSONAL_DATA = PKG + "PersonalData";
    static final String LEGAL_BASIS = PKG + "LegalBasis";

    private final String file;
    private final ImportedNames names;
    private final List<Object> out;

    private PersonalDataExtractor(String file, ImportedNames names, List<Object> out) {
        this.file = file;
        this.names = names;
        this.out = out;
    }

    static List<Object> extract(CompilationUnit cu, String file) {
        List<Object> out = new ArrayList<>();
        PersonalDataExtractor extractor = new PersonalDataExtractor(file, new ImportedNames(cu), out);
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            extractor.type(type);
        }
        return out;
    }

    private void type(TypeDeclaration<?> type) {
        String owner = type.getNameAsString();
        Optional<AnnotationExpr> classData = names.find(type, PERSONAL_DATA);
        Optional<AnnotationExpr> classBasis = names.find(type, LEGAL_BASIS);
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                Optional<AnnotationExpr> data = names.find(component, PERSONAL_DATA).or(() -> classData);
                data.ifPresent(pd -> element(owner, component.getNameAsString(), component.getName(), pd,
                        names.find(component, LEGAL_BASIS).or(() -> classBasis)));
            }
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                Optional<AnnotationExpr> own = names.find(field, PERSONAL_DATA);
                if (own.isEmpty() && field.isStatic()) {
                    continue; // constants are not data about a person
                }
                Optional<AnnotationExpr> data = own.or(() -> classData);
                Optional<AnnotationExpr> basis = names.find(field, LEGAL_BASIS).or(() -> classBasis);
                for (VariableDeclarator v : field.getVariables()) {
                    data.ifPresent(pd -> element(owner, v.getNameAsString(), v.getName(), pd, basis));
                }
            } else if (member instanceof MethodDeclaration method) {
                Optional<AnnotationExpr> data = names.find(method, PERSONAL_DATA);
                data.ifPresent(pd -> element(owner, propertyName(method.getNameAsString()), method.getName(), pd,
                        names.find(method, LEGAL_BASIS).or(() -> classBasis)));
            }
        }
    }

    private void element(String owner, String member, Node at, AnnotationExpr pd, Optional<AnnotationExpr> basis) {
        Location location = location(at);
        Optional<String> category = constant(attribute(pd, "category"));
        if (category.isEmpty() || !isConstant(DataCategory.class, category.get())) {
            out.add(new AnalysisProblem(location, AnalysisProblem.UNPARSABLE, "@PersonalData on " + owner + "." + member
                    + " has no category EdComply knows" + category.map(c -> " ('" + c + "')").orElse("")));
            return;
        }
        DataSubject subject = constant(attribute(pd, "subject")).filter(s -> isConstant(DataSubject.class, s))
                .map(DataSubject::valueOf).orElse(DataSubject.STUDENT);
        Sensitivity sensitivity = constant(attribute(pd, "sensitivity")).filter(s -> isConstant(Sensitivity.class, s))
                .map(Sensitivity::valueOf).orElse(Sensitivity.DEFAULT);
        String legalBasis = basis.flatMap(b -> constant(attribute(b, "value"))).orElse(null);
        out.add(new PersonalDataElement(location, owner, member, DataCategory.valueOf(category.get()), subject,
                sensitivity, legalBasis, Set.of(), PersonalDataElement.Origin.ANNOTATION, pd.toString()));
    }

    private Location location(Node node) {
        return node.getBegin().map(p -> new Location(file, p.line, p.column)).orElse(Location.ofFile(file));
    }

    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return "value".equals(name) ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                    .map(p -> p.getValue()).findFirst();
        }
        return Optional.empty();
    }

    /** {@code DataCategory.BIOMETRIC}, {@code BIOMETRIC} (static import) or fully qualified: the last name. */
    static Optional<String> constant(Optional<Expression> expression) {
        return expression.flatMap(e -> {
            if (e instanceof FieldAccessExpr access) {
                return Optional.of(access.getNameAsString());
            }
            if (e instanceof NameExpr name) {
                return Optional.of(name.getNameAsString());
            }
            return Optional.empty();
        });
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code getFaceTemplate} and {@code isMinor} name the properties {@code faceTemplate}, {@code minor}. */
    static String propertyName(String method) {
        for (String prefix : new String[] {"get", "is"}) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return method;
    }
}
