package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.model.AiSystem;
import org.edcomply.core.model.AllowedRegions;
import org.edcomply.core.model.Assessment;
import org.edcomply.core.model.Audience;
import org.edcomply.core.model.BreachNotification;
import org.edcomply.core.model.DataTransfer;
import org.edcomply.core.model.DeclaredDataCategory;
import org.edcomply.core.model.HostingRegion;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.ManifestSection;
import org.edcomply.core.model.ManifestValue;
import org.edcomply.core.model.ParentalConsent;
import org.edcomply.core.model.PrivacyNotice;
import org.edcomply.core.model.RetentionPeriod;
import org.edcomply.core.model.RetentionPolicy;
import org.edcomply.core.model.ThirdPartyConsent;

/**
 * The facts a valid manifest declares, each at the position of the key or value it comes from. A
 * section that is missing still gives a {@link ManifestSection} (at the manifest), so that rules
 * can say what is not declared and where to declare it.
 */
final class ManifestFacts {

    private final YamlDocument doc;
    private final JsonNode root;
    private final List<Object> facts = new ArrayList<>();

    private ManifestFacts(YamlDocument doc) {
        this.doc = doc;
        this.root = doc.root();
    }

    /** @param sections the top-level keys the schema allows */
    static List<Object> of(YamlDocument doc, Iterable<String> sections) {
        ManifestFacts m = new ManifestFacts(doc);
        m.sections(sections);
        m.values(m.root, "", "");
        m.audience();
        m.consent();
        m.dataCategories();
        m.hosting();
        m.transfers("processors", "name", DataTransferRole.PROCESSOR);
        m.transfers("transfers", "recipient", DataTransferRole.RECIPIENT);
        m.retention();
        m.breach();
        m.assessments();
        m.privacyNotice();
        m.aiSystems();
        return m.facts;
    }

    private enum DataTransferRole { PROCESSOR, RECIPIENT }

    private void sections(Iterable<String> sections) {
        for (String name : sections) {
            boolean present = root.has(name);
            facts.add(new ManifestSection(present ? doc.keyLocation("/" + name) : Location.ofFile(doc.file()), name, present));
        }
    }

    private void values(JsonNode node, String key, String pointer) {
        if (node.isObject()) {
            node.properties().forEach(e -> values(e.getValue(), key.isEmpty() ? e.getKey() : key + "." + e.getKey(),
                    YamlDocument.child(pointer, e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values(node.get(i), key + "[" + i + "]", YamlDocument.child(pointer, i));
            }
        } else if (!key.isEmpty()) {
            facts.add(new ManifestValue(doc.valueLocation(pointer), key, node.isNull() ? "" : node.asText()));
        }
    }

    private void audience() {
        JsonNode audience = root.path("audience");
        JsonNode minAge = audience.path("minAge");
        Location at = minAge.isMissingNode() ? doc.keyLocation("/audience") : doc.valueLocation("/audience/minAge");
        List<String> customers = new ArrayList<>();
        audience.path("customerTypes").forEach(c -> customers.add(c.asText()));
        facts.add(new Audience(at, minAge.isInt() ? minAge.intValue() : null, bool(audience.path("directedToChildren")),
                bool(audience.path("likelyAccessedByChildren")), customers));
    }

    private void consent() {
        JsonNode parental = root.path("consent").path("parental");
        if (!parental.isMissingNode()) {
            facts.add(new ParentalConsent(doc.valueLocation("/consent/parental"), parental.asText()));
        }
        JsonNode separate = root.path("consent").path("separateThirdPartyConsent");
        if (separate.isBoolean()) {
            facts.add(new ThirdPartyConsent(doc.valueLocation("/consent/separateThirdPartyConsent"), separate.booleanValue()));
        }
    }

    private void dataCategories() {
        JsonNode list = root.path("dataCategories");
        for (int i = 0; i < list.size(); i++) {
            facts.add(new DeclaredDataCategory(doc.valueLocation("/dataCategories/" + i), list.get(i).asText()));
        }
    }

    private void hosting() {
        JsonNode regions = root.path("hosting").path("regions");
        for (int i = 0; i < regions.size(); i++) {
            facts.add(new HostingRegion(doc.valueLocation("/hosting/regions/" + i), regions.get(i).asText()));
        }
        JsonNode allowed = root.path("hosting").path("allowedRegions");
        if (allowed.isArray()) {
            facts.add(new AllowedRegions(doc.valueLocation("/hosting/allowedRegions"), "", texts(allowed)));
        } else if (allowed.isObject()) {
            allowed.properties().forEach(e -> facts.add(new AllowedRegions(
                    doc.keyLocation("/hosting/allowedRegions/" + e.getKey()), e.getKey(), texts(e.getValue()))));
        }
    }

    private void transfers(String section, String nameKey, DataTransferRole role) {
        JsonNode list = root.path(section);
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String pointer = "/" + section + "/" + i;
            Location at = t.has("mechanism") ? doc.valueLocation(pointer + "/mechanism") : doc.valueLocation(pointer);
            facts.add(new DataTransfer(at, t.path(nameKey).asText(), role.name(), t.path("from").asText(null),
                    t.path("country").asText(), t.path("mechanism").asText(null), bool(t.path("dpaSigned"))));
        }
    }

    private void retention() {
        JsonNode retention = root.path("retention");
        if (retention.has("policy")) {
            facts.add(new RetentionPolicy(doc.valueLocation("/retention/policy"), retention.get("policy").asText()));
        }
        retention.path("categories").properties().forEach(e -> {
            JsonNode days = e.getValue().path("days");
            facts.add(new RetentionPeriod(doc.valueLocation("/retention/categories/" + e.getKey() + "/days"), e.getKey(),
                    days.isInt() ? days.intValue() : null));
        });
    }

    private void breach() {
        root.path("breach").path("notification").properties().forEach(e -> {
            String pointer = "/breach/notification/" + e.getKey();
            JsonNode hours = e.getValue().path("hours");
            JsonNode days = e.getValue().path("days");
            if (hours.isInt()) {
                facts.add(new BreachNotification(doc.valueLocation(pointer + "/hours"), e.getKey(), hours.intValue(),
                        hours.intValue() + (hours.intValue() == 1 ? " hour" : " hours")));
            } else if (days.isInt()) {
                facts.add(new BreachNotification(doc.valueLocation(pointer + "/days"), e.getKey(), days.intValue() * 24,
                        days.intValue() + (days.intValue() == 1 ? " day" : " days")));
            }
        });
    }

    private void assessments() {
        root.path("assessments").properties().forEach(e -> facts.add(new Assessment(
                doc.valueLocation("/assessments/" + e.getKey()), e.getKey(), e.getValue().asText())));
    }

    private void privacyNotice() {
        JsonNode notice = root.path("privacyNotice");
        if (notice.isObject()) {
            Location at = notice.has("languages") ? doc.keyLocation("/privacyNotice/languages") : doc.keyLocation("/privacyNotice");
            String reference = notice.has("url") ? notice.get("url").asText() : notice.path("file").asText(null);
            facts.add(new PrivacyNotice(at, reference, texts(notice.path("languages"))));
        }
    }

    private void aiSystems() {
        JsonNode list = root.path("aiSystems");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            facts.add(new AiSystem(doc.valueLocation("/aiSystems/" + i), a.path("name").asText(), a.path("purpose").asText(),
                    a.path("profiling").asBoolean(false), a.path("infersEmotion").asBoolean(false),
                    a.path("biometricCategorisation").asBoolean(false), a.path("riskClass").asText(null)));
        }
    }

    private static Boolean bool(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
