package org.edcomply.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;

/**
 * The curated catalogue of third-party services ({@code third-party-services.yaml} in this jar):
 * which Maven coordinates, Java packages and web domains belong to which service, and what the
 * service is used for.
 */
public final class ThirdPartyCatalog {

    public static final String RESOURCE = "org/edcomply/core/third-party-services.yaml";
    private static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/third-party-services.schema.json");
    private static volatile ThirdPartyCatalog builtIn;

    /** One service of the catalogue. */
    public record Service(String id, String name, String use, List<String> maven, List<String> packages,
                          List<String> domains) {

        /** Whether {@code groupId:artifactId} is one of this service's artifacts. */
        boolean ownsArtifact(String groupId, String artifactId) {
            for (String m : maven) {
                int colon = m.indexOf(':');
                if (colon < 0) {
                    if (groupId.equals(m) || groupId.startsWith(m + ".")) {
                        return true;
                    }
                } else if (groupId.equals(m.substring(0, colon))) {
                    String artifact = m.substring(colon + 1);
                    if (artifact.endsWith("*") ? artifactId.startsWith(artifact.substring(0, artifact.length() - 1))
                            : artifactId.equals(artifact)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The longest of this service's packages that {@code qualifiedName} is in, or -1. */
        int packageMatch(String qualifiedName) {
            int best = -1;
            for (String p : packages) {
                if (qualifiedName.equals(p) || qualifiedName.startsWith(p + ".")) {
                    best = Math.max(best, p.length());
                }
            }
            return best;
        }
    }

    private final List<Service> services;

    private ThirdPartyCatalog(List<Service> services) {
        this.services = List.copyOf(services);
    }

    public static ThirdPartyCatalog builtIn() {
        ThirdPartyCatalog c = builtIn;
        if (c == null) {
            synchronized (ThirdPartyCatalog.class) {
                if (builtIn == null) {
                    builtIn = parse(read(), RESOURCE);
                }
                c = builtIn;
            }
        }
        return c;
    }

    public List<Service> services() {
        return services;
    }

    /** The service a Maven artifact belongs to. */
    public Optional<Service> byArtifact(String groupId, String artifactId) {
        return services.stream().filter(s -> s.ownsArtifact(groupId, artifactId)).findFirst();
    }

    /** The service a class or package belongs to; the most specific package wins. */
    public Optional<Service> byQualifiedName(String qualifiedName) {
        Service best = null;
        int bestLength = -1;
        for (Service s : services) {
            int length = s.packageMatch(qualifiedName);
            if (length > bestLength) {
                best = s;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The service whose domain a URL or host names, e.g. {@code https://api.mixpanel.com/track}. */
    public Optional<Service> byUrl(String text) {
        String host = host(text);
        if (host == null) {
            return Optional.empty();
        }
        for (Service s : services) {
            for (String d : s.domains()) {
                if (host.equals(d) || host.endsWith("." + d)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** The host of an absolute http(s) URL inside {@code text}, lower case; null when there is none. */
    static String host(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("https://");
        int start = at + "https://".length();
        if (at < 0) {
            at = lower.indexOf("http://");
            start = at + "http://".length();
        }
        if (at < 0) {
            return null;
        }
        int end = start;
        while (end < lower.length() && "/:?#".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        return end > start ? lower.substring(start, end) : null;
    }

    static ThirdPartyCatalog parse(String text, String file) {
        YamlDocument doc = YamlReader.readSingle(text, file);
        SCHEMA.requireValid(doc);
        List<Service> services = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = doc.root().get("services");
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String id = n.get("id").asText();
            if (!ids.add(id)) {
                throw new InputException(doc.valueLocation("/services/" + i + "/id"), "service id '" + id + "' is declared twice");
            }
            services.add(new Service(id, n.get("name").asText(), n.get("use").asText(), strings(n.path("maven")),
                    strings(n.path("packages")), strings(n.path("domains"))));
        }
        return new ThirdPartyCatalog(services);
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    private static String read() {
        try (InputStream in = ThirdPartyCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from edcomply-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
