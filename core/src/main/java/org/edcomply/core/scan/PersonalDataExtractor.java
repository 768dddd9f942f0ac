package org.edcomply.core.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;
import org.edcomply.core.classify.Classification;
import org.edcomply.core.classify.PersonalDataClassifier;
import org.edcomply.core.model.AiSystemDeclaration;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.AutomatedDecisionDeclaration;
import org.edcomply.core.model.DataSubjectRightHandler;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Turns the EdComply annotations of one file into facts, and classifies the fields of data classes
 * that carry no {@code @PersonalData} by name.
 *
 * <ul>
 *   <li>{@code @PersonalData} (with {@code @LegalBasis}, {@code @StudentRecord},
 *       {@code @DirectoryInformation}, {@code @Retention}, {@code @Encrypted}, {@code @Pseudonymized},
 *       {@code @Purpose}, {@code @ConsentRequired}, {@code @ThirdPartyDisclosure}) on fields, record
 *       components, getters and classes become {@link PersonalDataElement}s; on a class they cover
 *       every instance field that does not say otherwise.</li>
 *   <li>Fields of entities, DTOs, records and JPA/Bean Validation/Lombok-annotated classes without
 *       {@code @PersonalData} are classified by name ({@link PersonalDataClassifier}).</li>
 *   <li>{@code @DataSubjectRight}, {@code @AutomatedDecision} and {@code @AiSystem} become facts of
 *       their own.</li>
 * </ul>
 */
final class PersonalDataExtractor {

    static final String PKG = "org.edcomply.annotations.";
    static final String PERSONAL_DATA = PKG + "PersonalData";
    static final String LEGAL_BASIS = PKG + "LegalBasis";
    static final String STUDENT_RECORD = PKG + "StudentRecord";
    static final String DIRECTORY_INFORMATION = PKG + "DirectoryInformation";
    static final String RETENTION = PKG + "Retention";
    static final String ENCRYPTED = PKG + "Encrypted";
    static final String PSEUDONYMIZED = PKG + "Pseudonymized";
    static final String PURPOSE = PKG + "Purpose";
    static final String CONSENT_REQUIRED = PKG + "ConsentRequired";
    static final String THIRD_PARTY_DISCLOSURE = PKG + "ThirdPartyDisclosure";
    static final String DATA_SUBJECT_RIGHT = PKG + "DataSubjectRight";
    static final String AUTOMATED_DECISION = PKG + "AutomatedDecision";
    static final String AI_SYSTEM = PKG + "AiSystem";

    /** Class annotations (simple names) that make a class a data class: JPA, Spring Data, Lombok, JAXB. */
    private static final Set<String> DATA_CLASS_ANNOTATIONS = Set.of("Entity", "Embeddable", "MappedSuperclass",
            "Table", "Document", "Data", "Value", "Getter", "Setter", "Builder", "ToString", "XmlRootElement",
            "JsonIgnoreProperties", "JsonInclude", "StudentRecord", "PersonalData");
    /** Field annotations (simple names) of JPA, Bean Validation and Jackson that mark a data class. */
    private static final Set<String> DATA_FIELD_ANNOTATIONS = Set.of("Id", "Column", "NotNull", "NotBlank",
            "NotEmpty", "Email", "Size", "Pattern", "Past", "PastOrPresent", "Min", "Max", "Digits", "JsonProperty",
            "Embedded", "ManyToOne", "OneToMany", "OneToOne", "ManyToMany", "JoinColumn", "Lob", "Enumerated",
            "Temporal", "GeneratedValue");
    /** Lombok annotations whose generated toString prints every field. */
    private static final Set<String> LOMBOK_TO_STRING = Set.of("Data", "Value", "ToString");
    /** Field types that are collaborators, not data. */
    private static final List<String> COLLABORATOR_SUFFIXES = List.of("Service", "Repository", "Client", "Template",
            "Logger", "Log", "Mapper", "Factory", "Executor", "Manager", "Provider", "Dao", "Cache", "Properties",
            "Clock", "Random", "ObjectMapper", "Publisher", "Handler", "Validator", "Encoder");

    private final String file;
    private final ImportedNames names;
    private final PersonalDataClassifier classifier;
    private final List<Object> out;
    private final List<TypeSummary> types;

    private PersonalDataExtractor(String file, ImportedNames names, PersonalDataClassifier classifier,
                                  List<Object> out, List<TypeSummary> types) {
        this.file = file;
        this.names = names;
        this.classifier = classifier;
        this.out = out;
        this.types = types;
    }

    /** Facts of one file, and a summary of each of its types for the data-flow resolution. */
    static void extract(CompilationUnit cu, String file, ImportedNames names, PersonalDataClassifier classifier,
                        List<Object> facts, List<TypeSummary> types) {
        PersonalDataExtractor extractor = new PersonalDataExtractor(file, names, classifier, facts, types);
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            extractor.type(type);
        }
    }

    /** The declarations that apply to one member: its own, else its class's. */
    private final class Declared {
        final Optional<AnnotationExpr> data;
        final Optional<AnnotationExpr> basis;
        final Set<String> declarations = new LinkedHashSet<>();
        final Set<String> protections = new LinkedHashSet<>();
        final Set<String> purposes = new LinkedHashSet<>();
        final List<String> recipients = new ArrayList<>();
        String retention;

        Declared(NodeWithAnnotations<?> member, NodeWithAnnotations<?> type) {
            data = names.find(member, PERSONAL_DATA).or(() -> names.find(type, PERSONAL_DATA));
            basis = names.find(member, LEGAL_BASIS).or(() -> names.find(type, LEGAL_BASIS));
            for (NodeWithAnnotations<?> n : List.of(type, member)) {
                names.find(n, STUDENT_RECORD).ifPresent(a -> declarations.add(PersonalDataElement.STUDENT_RECORD));
                names.find(n, DIRECTORY_INFORMATION).ifPresent(a -> declarations.add(PersonalDataElement.DIRECTORY_INFORMATION));
                names.find(n, ENCRYPTED).ifPresent(a -> protections.add("ENCRYPTED"));
                names.find(n, PSEUDONYMIZED).ifPresent(a -> protections.add("PSEUDONYMIZED"));
                names.find(n, RETENTION).ifPresent(a -> retention = string(attribute(a, "value")).orElse(retention));
                names.find(n, PURPOSE).ifPresent(a -> purposes.addAll(constants(attribute(a, "value"))));
                names.find(n, CONSENT_REQUIRED).ifPresent(a -> constants(attribute(a, "value"))
                        .forEach(k -> declarations.add("CONSENT_" + k)));
                for (AnnotationExpr d : names.findAll(n, THIRD_PARTY_DISCLOSURE)) {
                    declarations.add("THIRD_PARTY_DISCLOSURE");
                    recipients.add(string(attribute(d, "recipient")).orElse("?"));
                    purposes.addAll(constants(attribute(d, "purpose")));
                }
            }
        }

        boolean ownOnly(NodeWithAnnotations<?> member) {
            return names.find(member, STUDENT_RECORD).isPresent() || names.find(member, DIRECTORY_INFORMATION).isPresent();
        }
    }

    private void type(TypeDeclaration<?> type) {
        String owner = type.getNameAsString();
        boolean dataClass = isDataClass(type);
        Map<String, String> fieldTypes = new LinkedHashMap<>();
        Set<String> toString = new LinkedHashSet<>();
        Map<String, List<String>> memberDisclosures = new LinkedHashMap<>();
        boolean lombokToString = type.getAnnotations().stream()
                .anyMatch(a -> LOMBOK_TO_STRING.contains(simple(a.getNameAsString())));
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                String name = component.getNameAsString();
                fieldTypes.put(name, simpleType(component.getType()));
                toString.add(name);
                member(owner, name, component.getName(), component, type, component.getType(), dataClass, memberDisclosures);
            }
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                if (field.isStatic()) {
                    continue; // constants are not data about a person
                }
                for (VariableDeclarator v : field.getVariables()) {
                    String name = v.getNameAsString();
                    fieldTypes.put(name, simpleType(v.getType()));
                    boolean excluded = field.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("ToString.Exclude"));
                    if (lombokToString && !excluded) {
                        toString.add(name);
                    }
                    if (!isCollaborator(v.getType())) {
                        member(owner, name, v.getName(), field, type, v.getType(), dataClass, memberDisclosures);
                    }
                }
            } else if (member instanceof MethodDeclaration method) {
                method(owner, method, type, memberDisclosures, toString, fieldTypes);
            }
        }
        typeDeclarations(owner, type);
        types.add(new TypeSummary(owner, fieldTypes, toString, new Declared(type, type).recipients, memberDisclosures));
    }

    private void member(String owner, String name, Node at, NodeWithAnnotations<?> member, TypeDeclaration<?> type,
                        Type javaType, boolean dataClass, Map<String, List<String>> memberDisclosures) {
        Declared d = new Declared(member, type);
        if (!d.recipients.isEmpty()) {
            memberDisclosures.put(name, d.recipients);
        }
        if (d.data.isPresent()) {
            annotated(owner, name, at, d);
            return;
        }
        Optional<Classification> found = dataClass || d.ownOnly(member)
                ? classifier.classify(owner, name, isBoolean(javaType)) : Optional.empty();
        if (found.isPresent()) {
            Classification c = found.get();
            out.add(new PersonalDataElement(location(at), owner, name, c.category(), c.subject(), Sensitivity.DEFAULT,
                    basis(d), d.protections, PersonalDataElement.Origin.HEURISTIC, c.evidence(), c.dataType(),
                    d.declarations, d.purposes, d.retention));
        } else if (d.ownOnly(member)) {
            out.add(new PersonalDataElement(location(at), owner, name, DataCategory.OTHER, DataSubject.STUDENT,
                    Sensitivity.DEFAULT, basis(d), d.protections, PersonalDataElement.Origin.ANNOTATION,
                    "@StudentRecord", null, d.declarations, d.purposes, d.retention));
        }
    }

    private void method(String owner, MethodDeclaration method, TypeDeclaration<?> type,
                        Map<String, List<String>> memberDisclosures, Set<String> toString, Map<String, String> fieldTypes) {
        String qualified = owner + "." + method.getNameAsString();
        Declared own = new Declared(method, method);
        if (!own.recipients.isEmpty()) {
            memberDisclosures.put(method.getNameAsString(), own.recipients);
        }
        if (names.find(method, PERSONAL_DATA).isPresent() && method.getParameters().isEmpty()) {
            annotated(owner, propertyName(method.getNameAsString()), method.getName(), new Declared(method, type));
        }
        if (method.getNameAsString().equals("toString") && method.getParameters().isEmpty()) {
            method.getBody().ifPresent(body -> body.findAll(NameExpr.class)
                    .forEach(n -> { if (fieldTypes.containsKey(n.getNameAsString())) toString.add(n.getNameAsString()); }));
            method.getBody().ifPresent(body -> body.findAll(FieldAccessExpr.class)
                    .forEach(f -> { if (fieldTypes.containsKey(f.getNameAsString())) toString.add(f.getNameAsString()); }));
        }
        declarationsOf(qualified, method, method.getName());
    }

    private void typeDeclarations(String owner, TypeDeclaration<?> type) {
        declarationsOf(owner, type, type.getName());
    }

    /** {@code @DataSubjectRight}, {@code @AutomatedDecision} and {@code @AiSystem} on a class or method. */
    private void declarationsOf(String owner, NodeWithAnnotations<?> node, Node at) {
        Location where = location(at);
        names.find(node, DATA_SUBJECT_RIGHT).ifPresent(a -> constants(attribute(a, "value"))
                .forEach(right -> out.add(new DataSubjectRightHandler(where, owner, right))));
        names.find(node, AUTOMATED_DECISION).ifPresent(a -> out.add(new AutomatedDecisionDeclaration(where, owner,
                string(attribute(a, "purpose")).orElse(""), bool(attribute(a, "humanReview"), false),
                bool(attribute(a, "significantEffect"), true))));
        names.find(node, AI_SYSTEM).ifPresent(a -> out.add(new AiSystemDeclaration(where, owner,
                constant(attribute(a, "purpose")).orElse("OTHER"), bool(attribute(a, "emotionRecognition"), false),
                bool(attribute(a, "biometricCategorisation"), false), bool(attribute(a, "profiling"), false))));
    }

    private void annotated(String owner, String member, Node at, Declared d) {
        Location location = location(at);
        AnnotationExpr pd = d.data.orElseThrow();
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
        DataCategory cat = DataCategory.valueOf(category.get());
        out.add(new PersonalDataElement(location, owner, member, cat, subject, sensitivity, basis(d), d.protections,
                PersonalDataElement.Origin.ANNOTATION, pd.toString(), cat.key(), d.declarations, d.purposes, d.retention));
    }

    private static String basis(Declared d) {
        return d.basis.flatMap(b -> constant(attribute(b, "value"))).orElse(null);
    }

    private boolean isDataClass(TypeDeclaration<?> type) {
        if (type instanceof RecordDeclaration) {
            return true;
        }
        if (!(type instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
            return false;
        }
        if (type.getAnnotations().stream().anyMatch(a -> DATA_CLASS_ANNOTATIONS.contains(simple(a.getNameAsString())))) {
            return true;
        }
        boolean annotatedFields = type.getFields().stream().flatMap(f -> f.getAnnotations().stream())
                .anyMatch(a -> DATA_FIELD_ANNOTATIONS.contains(simple(a.getNameAsString())));
        return annotatedFields || classifier.isDataClassName(type.getNameAsString());
    }

    private static boolean isCollaborator(Type type) {
        String name = simpleType(type);
        return COLLABORATOR_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean isBoolean(Type type) {
        String name = type.asString();
        return name.equals("boolean") || name.equals("Boolean") || name.equals("java.lang.Boolean");
    }

    /** The raw type's simple name: {@code List<Learner>} gives {@code List}, {@code Learner[]} gives {@code Learner}. */
    static String simpleType(Type type) {
        Type t = type;
        while (t.isArrayType()) {
            t = t.asArrayType().getComponentType();
        }
        if (t.isClassOrInterfaceType()) {
            return t.asClassOrInterfaceType().getNameAsString();
        }
        return t.asString();
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
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

    /** One constant or an array of them: {@code {Use.EDUCATION, Use.RESEARCH}}. */
    static List<String> constants(Optional<Expression> expression) {
        List<String> values = new ArrayList<>();
        expression.ifPresent(e -> {
            if (e instanceof ArrayInitializerExpr array) {
                array.getValues().forEach(v -> constant(Optional.of(v)).ifPresent(values::add));
            } else {
                constant(Optional.of(e)).ifPresent(values::add);
            }
        });
        return values;
    }

    static Optional<String> string(Optional<Expression> expression) {
        return expression.filter(StringLiteralExpr.class::isInstance).map(e -> ((StringLiteralExpr) e).asString());
    }

    static boolean bool(Optional<Expression> expression, boolean otherwise) {
        return expression.filter(BooleanLiteralExpr.class::isInstance).map(e -> ((BooleanLiteralExpr) e).getValue())
                .orElse(otherwise);
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
