package org.edcomply.core.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithOptionalScope;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcomply.core.classify.ThirdPartyCatalog;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataFlow;
import org.edcomply.core.scan.SinkCall.DataRef;

/**
 * Finds the calls in method bodies that send data out of the program: loggers (SLF4J, Log4j 2,
 * java.util.logging, Commons Logging, JBoss Logging, tinylog, Lombok's {@code log}),
 * {@code System.out}/{@code err}, {@code printStackTrace()}, HTTP clients and third-party SDKs
 * of the catalogue. Receivers are resolved by their declared type through the file's imports, not
 * by their name: a logger called {@code AUDIT} is a logger, a field called {@code log} of another
 * type is not.
 *
 * <p>Per method: the data a call's arguments refer to is recorded as {@link DataRef}s, including
 * through local variables assigned earlier in the method ({@code String e = s.getEmail(); log.info(e)}).
 */
final class SinkScanner {

    static final Set<String> LOGGER_TYPES = Set.of("org.slf4j.Logger", "org.apache.logging.log4j.Logger",
            "java.util.logging.Logger", "org.apache.commons.logging.Log", "java.lang.System.Logger",
            "org.jboss.logging.Logger", "ch.qos.logback.classic.Logger", "org.apache.log4j.Logger", "org.tinylog.Logger",
            "org.apache.logging.log4j.LogBuilder", "org.slf4j.spi.LoggingEventBuilder");
    /** Factories whose {@code getLogger(...)} result is logged to directly. */
    static final Set<String> LOGGER_FACTORIES = Set.of("org.slf4j.LoggerFactory", "org.apache.logging.log4j.LogManager",
            "java.util.logging.Logger", "org.apache.commons.logging.LogFactory", "java.lang.System",
            "org.jboss.logging.Logger");
    static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log", "severe",
            "warning", "fine", "finer", "finest", "config", "logp", "logrb", "entering", "exiting", "throwing", "printf",
            "tracef", "debugf", "infof", "warnf", "errorf", "fatalf", "tracev", "debugv", "infov", "warnv", "errorv",
            "atTrace", "atDebug", "atInfo", "atWarn", "atError", "atFatal", "atLevel");
    static final Set<String> CONSOLE_METHODS = Set.of("print", "println", "printf", "format", "write", "append");
    /** Lombok annotations that generate a logger field called {@code log}. */
    static final Set<String> LOMBOK_LOGGERS = Set.of("Slf4j", "XSlf4j", "Log4j2", "Log4j", "Log", "CommonsLog",
            "JBossLog", "Flogger", "CustomLog");
    static final Set<String> HTTP_TYPES = Set.of("java.net.http.HttpClient", "java.net.http.HttpRequest",
            "java.net.URL", "okhttp3.OkHttpClient", "okhttp3.Request", "okhttp3.RequestBody", "okhttp3.FormBody",
            "okhttp3.HttpUrl", "org.springframework.web.client.RestTemplate", "org.springframework.web.client.RestClient",
            "org.springframework.web.reactive.function.client.WebClient",
            "org.apache.http.impl.client.CloseableHttpClient", "org.apache.http.client.HttpClient",
            "org.apache.http.entity.StringEntity", "org.apache.http.client.entity.UrlEncodedFormEntity",
            "org.apache.http.client.methods.HttpPost", "org.apache.http.client.methods.HttpGet",
            "org.apache.hc.client5.http.impl.classic.CloseableHttpClient",
            "org.apache.hc.core5.http.io.entity.StringEntity", "org.apache.hc.client5.http.classic.methods.HttpPost",
            "org.apache.hc.client5.http.classic.methods.HttpGet", "org.apache.hc.client5.http.fluent.Request");

    private final ImportedNames names;
    private final ThirdPartyCatalog catalog;
    private final String file;
    private final List<SinkCall> out;

    SinkScanner(String file, ImportedNames names, ThirdPartyCatalog catalog, List<SinkCall> out) {
        this.file = file;
        this.names = names;
        this.catalog = catalog;
        this.out = out;
    }

    void scan(CompilationUnit cu) {
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            Map<String, String> fields = new HashMap<>();
            if (type instanceof RecordDeclaration record) {
                record.getParameters().forEach(p -> fields.put(p.getNameAsString(), p.getTypeAsString()));
            }
            for (FieldDeclaration f : type.getFields()) {
                f.getVariables().forEach(v -> fields.put(v.getNameAsString(), v.getTypeAsString()));
            }
            boolean lombokLog = type.getAnnotations().stream().anyMatch(a -> {
                String name = names.resolve(a.getNameAsString());
                return name.startsWith("lombok.") && LOMBOK_LOGGERS.contains(name.substring(name.lastIndexOf('.') + 1));
            });
            if (lombokLog) {
                fields.putIfAbsent("log", "org.slf4j.Logger");
            }
            List<String> classDisclosures = disclosures(type);
            List<CallableDeclaration<?>> callables = new ArrayList<>(type.getMethods());
            callables.addAll(type.getConstructors());
            for (CallableDeclaration<?> callable : callables) {
                List<String> declared = new ArrayList<>(classDisclosures);
                declared.addAll(disclosures(callable));
                new Method(type.getNameAsString(), callable, fields, declared).scan();
            }
        }
    }

    private List<String> disclosures(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        List<String> recipients = new ArrayList<>();
        names.findAll(node, PersonalDataExtractor.THIRD_PARTY_DISCLOSURE).forEach(a -> recipients.add(
                PersonalDataExtractor.string(PersonalDataExtractor.attribute(a, "recipient")).orElse("?")));
        return recipients;
    }

    /** One method or constructor: its variables' types, what its locals hold, its sink calls. */
    private final class Method {
        /** Locals holding a request or SDK event built by an outbound call: its data is counted there. */
        private final Set<String> outbound = new java.util.HashSet<>();
        private final String owner;
        private final CallableDeclaration<?> callable;
        private final Map<String, String> fields;
        private final List<String> disclosures;
        private final Map<String, String> locals = new HashMap<>();
        private final Map<String, List<DataRef>> holds = new HashMap<>();

        Method(String owner, CallableDeclaration<?> callable, Map<String, String> fields, List<String> disclosures) {
            this.owner = owner;
            this.callable = callable;
            this.fields = fields;
            this.disclosures = disclosures;
        }

        void scan() {
            for (Parameter p : callable.getParameters()) {
                locals.put(p.getNameAsString(), p.getTypeAsString());
            }
            callable.findAll(CatchClause.class).forEach(c -> locals.put(c.getParameter().getNameAsString(),
                    c.getParameter().getTypeAsString()));
            // pattern variables: instanceof patterns, switch patterns, record pattern components
            callable.findAll(com.github.javaparser.ast.expr.TypePatternExpr.class).forEach(p -> locals.put(p.getNameAsString(),
                    p.getTypeAsString()));
            callable.findAll(LambdaExpr.class).forEach(l -> l.getParameters().stream().filter(p -> !p.getType().isUnknownType())
                    .forEach(p -> locals.put(p.getNameAsString(), p.getTypeAsString())));
            // Locals in source order, so that what an earlier local holds flows into a later one.
            for (Node n : callable.findAll(Node.class, n -> n instanceof VariableDeclarator || n instanceof AssignExpr)) {
                if (n instanceof VariableDeclarator v) {
                    if (!v.getType().isVarType()) {
                        locals.put(v.getNameAsString(), v.getTypeAsString());
                    } else {
                        v.getInitializer().filter(ObjectCreationExpr.class::isInstance)
                                .ifPresent(i -> locals.put(v.getNameAsString(), ((ObjectCreationExpr) i).getTypeAsString()));
                    }
                    v.getInitializer().ifPresent(init -> hold(v.getNameAsString(), init));
                    v.getInitializer().filter(this::isOutbound).ifPresent(init -> outbound.add(v.getNameAsString()));
                } else if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr target
                        && locals.containsKey(target.getNameAsString())) {
                    hold(target.getNameAsString(), a.getValue());
                }
            }
            callable.findAll(ForEachStmt.class).forEach(f -> f.getVariable().getVariables().forEach(v -> {
                if (!v.getType().isVarType()) {
                    locals.put(v.getNameAsString(), v.getTypeAsString());
                }
            }));
            for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
                if (isOuterCall(call)) {
                    chain(call);
                }
            }
            for (ObjectCreationExpr created : callable.findAll(ObjectCreationExpr.class)) {
                boolean inChain = created.getParentNode().filter(p -> p instanceof MethodCallExpr m
                        && m.getScope().filter(s -> s == created).isPresent()).isPresent();
                if (!inChain) {
                    String type = names.resolve(created.getTypeAsString());
                    if (HTTP_TYPES.contains(type)) {
                        emit(created, PersonalDataFlow.HTTP, type + ".<init>", created.getArguments(), List.of(created));
                    } else {
                        thirdParty(type).ifPresent(s -> emitService(created, s, type + ".<init>", created.getArguments()));
                    }
                }
            }
        }

        /** Whether an expression builds a request or SDK event (its root is an HTTP or catalogue type). */
        private boolean isOutbound(Expression value) {
            for (Node n : value.findAll(Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
                Expression root = (Expression) n;
                while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
                    root = m.getScope().get();
                }
                String type = root instanceof MethodCallExpr ? null : typeOf(root);
                if (type != null && (HTTP_TYPES.contains(type) || thirdParty(type).isPresent())) {
                    return true;
                }
            }
            return false;
        }

        private void hold(String local, Expression value) {
            List<DataRef> refs = refs(value);
            if (!refs.isEmpty()) {
                holds.computeIfAbsent(local, k -> new ArrayList<>()).addAll(refs);
            }
        }

        private boolean isOuterCall(MethodCallExpr call) {
            return call.getParentNode().filter(p -> p instanceof MethodCallExpr m
                    && m.getScope().filter(s -> s == call).isPresent()).isEmpty();
        }

        /** A call chain {@code root.a(..).b(..).c(..)}, classified by its root's type. */
        private void chain(MethodCallExpr outer) {
            List<MethodCallExpr> calls = new ArrayList<>();
            Expression e = outer;
            while (e instanceof MethodCallExpr m) {
                calls.add(m);
                Optional<Expression> scope = m.getScope();
                if (scope.isEmpty()) {
                    e = null;
                    break;
                }
                e = scope.get();
            }
            Collections.reverse(calls);
            Expression root = e;
            MethodCallExpr first = calls.get(0);
            List<Expression> args = new ArrayList<>();
            calls.forEach(c -> args.addAll(c.getArguments()));

            if (first.getNameAsString().equals("printStackTrace") && root instanceof NameExpr thrown && calls.size() == 1) {
                List<DataRef> refs = new ArrayList<>(holds.getOrDefault(thrown.getNameAsString(), List.of()));
                if (!refs.isEmpty()) {
                    out.add(new SinkCall(location(outer.getName()), owner, owner + "." + callable.getNameAsString(),
                            PersonalDataFlow.CONSOLE, "java.lang.Throwable.printStackTrace", "", "", refs, disclosures));
                }
                return;
            }
            if (root instanceof FieldAccessExpr fa && fa.getScope() instanceof NameExpr sys
                    && sys.getNameAsString().equals("System") && Set.of("out", "err").contains(fa.getNameAsString())) {
                if (CONSOLE_METHODS.contains(first.getNameAsString())) {
                    emit(outer, PersonalDataFlow.CONSOLE, "System." + fa.getNameAsString() + "." + first.getNameAsString(),
                            args, List.of());
                }
                return;
            }
            String rootType = root == null ? null : typeOf(root);
            if (rootType == null) {
                return;
            }
            int start = 0;
            if (LOGGER_FACTORIES.contains(rootType) && Set.of("getLogger", "getLog").contains(first.getNameAsString())
                    && calls.size() > 1) {
                rootType = "org.slf4j.LoggerFactory".equals(rootType) ? "org.slf4j.Logger"
                        : "org.apache.logging.log4j.LogManager".equals(rootType) ? "org.apache.logging.log4j.Logger"
                        : "org.apache.commons.logging.LogFactory".equals(rootType) ? "org.apache.commons.logging.Log"
                        : "java.lang.System".equals(rootType) ? "java.lang.System.Logger" : rootType;
                start = 1;
                args.removeAll(calls.get(0).getArguments());
            }
            String method = calls.get(start).getNameAsString();
            if (LOGGER_TYPES.contains(rootType)) {
                if (LOG_METHODS.contains(method)) {
                    emit(outer, PersonalDataFlow.LOG, rootType + "." + method, args, List.of());
                }
                return;
            }
            if (HTTP_TYPES.contains(rootType)) {
                List<Node> literals = new ArrayList<>(args);
                if (root != null) {
                    literals.add(root);
                }
                emit(outer, PersonalDataFlow.HTTP, rootType + "." + outer.getNameAsString(), args, literals);
                return;
            }
            String sink = rootType + "." + outer.getNameAsString();
            thirdParty(rootType).ifPresent(s -> emitService(outer, s, sink, args));
        }

        private Optional<ThirdPartyCatalog.Service> thirdParty(String qualifiedType) {
            return qualifiedType.contains(".") ? catalog.byQualifiedName(qualifiedType) : Optional.empty();
        }

        private void emitService(Node at, ThirdPartyCatalog.Service s, String sink, List<Expression> args) {
            List<DataRef> refs = new ArrayList<>();
            for (Expression a : args) {
                List<DataRef> found = refs(a);
                if (!found.isEmpty() && refs.isEmpty()) {
                    at = a.getParentNode().filter(MethodCallExpr.class::isInstance)
                            .map(p -> (Node) ((MethodCallExpr) p).getName()).orElse(at);
                }
                refs.addAll(found);
            }
            if (!refs.isEmpty()) {
                out.add(new SinkCall(location(at), owner, owner + "." + callable.getNameAsString(),
                        PersonalDataFlow.THIRD_PARTY, sink, s.id(), s.use(), refs, disclosures));
            }
        }

        private void emit(Node at, String kind, String sink, List<? extends Expression> args, List<? extends Node> urlsIn) {
            List<DataRef> refs = new ArrayList<>();
            Node where = null;
            for (Expression a : args) {
                List<DataRef> found = refs(a);
                if (!found.isEmpty() && where == null) {
                    where = a.getParentNode().filter(MethodCallExpr.class::isInstance)
                            .map(p -> (Node) ((MethodCallExpr) p).getName()).orElse(at);
                }
                refs.addAll(found);
            }
            if (refs.isEmpty()) {
                return;
            }
            at = where == null ? at : where;
            String service = "";
            String use = "";
            for (Node n : urlsIn) {
                for (StringLiteralExpr literal : n.findAll(StringLiteralExpr.class)) {
                    Optional<ThirdPartyCatalog.Service> s = catalog.byUrl(literal.asString());
                    if (s.isPresent() && service.isEmpty()) {
                        service = s.get().id();
                        use = s.get().use();
                    }
                }
            }
            out.add(new SinkCall(location(at), owner, owner + "." + callable.getNameAsString(), kind, sink, service, use,
                    refs, disclosures));
        }

        /** What an expression refers to: members read through getters or fields, whole objects, locals. */
        List<DataRef> refs(Expression expression) {
            List<DataRef> refs = new ArrayList<>();
            for (Node n : expression.findAll(Node.class)) {
                if (n instanceof MethodCallExpr call && call.getArguments().isEmpty()) {
                    String name = call.getNameAsString();
                    Optional<Expression> scope = call.getScope();
                    String type = scope.map(this::simpleTypeOf).orElse(owner);
                    if (type == null) {
                        continue;
                    }
                    if (name.equals("toString")) {
                        refs.add(new DataRef(type, null, call.toString()));
                    } else {
                        refs.add(new DataRef(type, PersonalDataExtractor.propertyName(name), call.toString()));
                    }
                } else if (n instanceof MethodReferenceExpr ref && ref.getScope() instanceof TypeExpr t) {
                    refs.add(new DataRef(t.getTypeAsString(), PersonalDataExtractor.propertyName(ref.getIdentifier()),
                            ref.toString()));
                } else if (n instanceof FieldAccessExpr access && !isScope(access)) {
                    String type = access.getScope() instanceof ThisExpr ? owner : simpleTypeOf(access.getScope());
                    if (type != null) {
                        refs.add(new DataRef(type, access.getNameAsString(), access.toString()));
                    }
                } else if (n instanceof NameExpr name && !isScope(name)) {
                    String id = name.getNameAsString();
                    if (outbound.contains(id)) {
                        continue;
                    }
                    if (holds.containsKey(id)) {
                        refs.addAll(holds.get(id));
                    }
                    if (locals.containsKey(id)) {
                        refs.add(new DataRef(simple(locals.get(id)), null, id));
                    } else if (fields.containsKey(id)) {
                        refs.add(new DataRef(owner, id, id));
                        refs.add(new DataRef(simple(fields.get(id)), null, id));
                    }
                } else if (n instanceof ThisExpr self && !isScope(self) && self.getTypeName().isEmpty()) {
                    refs.add(new DataRef(owner, null, "this"));
                }
            }
            return refs;
        }

        private boolean isScope(Expression e) {
            return e.getParentNode().filter(p -> (p instanceof NodeWithOptionalScope<?> s && s.getScope().filter(x -> x == e).isPresent())
                    || (p instanceof FieldAccessExpr f && f.getScope() == e)
                    || (p instanceof MethodReferenceExpr r && r.getScope() == e)).isPresent();
        }

        /** The fully qualified type of a receiver, as far as declarations and imports tell. */
        private String typeOf(Expression e) {
            String written = writtenTypeOf(e);
            return written == null ? null : names.resolve(written);
        }

        private String simpleTypeOf(Expression e) {
            String written = writtenTypeOf(e);
            return written == null ? null : simple(written);
        }

        private String writtenTypeOf(Expression e) {
            if (e instanceof NameExpr n) {
                String id = n.getNameAsString();
                if (locals.containsKey(id)) {
                    return locals.get(id);
                }
                if (fields.containsKey(id)) {
                    return fields.get(id);
                }
                return Character.isUpperCase(id.charAt(0)) ? id : null; // a class: a static call
            }
            if (e instanceof FieldAccessExpr f) {
                if (f.getScope() instanceof ThisExpr) {
                    return fields.get(f.getNameAsString());
                }
                String scope = f.getScope().toString();
                return Character.isUpperCase(f.getNameAsString().charAt(0)) ? scope + "." + f.getNameAsString()
                        : Character.isLowerCase(scope.charAt(0)) && scope.contains(".") ? f.toString() : null;
            }
            if (e instanceof ObjectCreationExpr created) {
                return created.getTypeAsString();
            }
            if (e instanceof ThisExpr) {
                return owner;
            }
            return null;
        }
    }

    /** {@code List<Learner>} → {@code List}, {@code edu.Learner} → {@code Learner}, {@code Learner[]} → {@code Learner}. */
    static String simple(String written) {
        String raw = written;
        int generic = raw.indexOf('<');
        if (generic >= 0) {
            raw = raw.substring(0, generic);
        }
        raw = raw.replace("[]", "").trim();
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private Location location(Node node) {
        return node.getBegin().map(p -> new Location(file, p.line, p.column)).orElse(Location.ofFile(file));
    }
}
