package org.edcomply.core.model;

import java.util.Collection;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;

/**
 * Personal data reaching a sink within one method: a logger, the console, an HTTP client or a
 * third-party SDK. Carries both ends: where the data is declared and where it leaves.
 *
 * @param location      the sink call
 * @param method        the method holding the call, as {@code Class.method}
 * @param sinkKind      {@link #LOG}, {@link #CONSOLE}, {@link #HTTP} or {@link #THIRD_PARTY}
 * @param sink          what is called, e.g. {@code org.slf4j.Logger.info} or {@code com.mixpanel.mixpanelapi.MessageBuilder.event}
 * @param service       for third-party calls, the catalogue id of the service (e.g. {@code mixpanel}); otherwise empty
 * @param serviceUse    for third-party calls, what the service is used for (e.g. {@code ANALYTICS}); otherwise empty
 * @param element       the personal data as {@code Class.member}
 * @param dataLocation  where that data is declared
 * @param via           the expression that carries it, e.g. {@code learner.getFirstName()}
 * @param disclosures   recipients declared with {@code @ThirdPartyDisclosure} on the method, its class or the data
 */
public record PersonalDataFlow(
        Location location,
        String method,
        String sinkKind,
        String sink,
        String service,
        String serviceUse,
        String element,
        DataCategory category,
        DataSubject subject,
        Sensitivity sensitivity,
        boolean educationRecord,
        Location dataLocation,
        String via,
        Set<String> disclosures) {

    public static final String LOG = "LOG";
    public static final String CONSOLE = "CONSOLE";
    public static final String HTTP = "HTTP";
    public static final String THIRD_PARTY = "THIRD_PARTY";

    public PersonalDataFlow {
        service = service == null ? "" : service;
        serviceUse = serviceUse == null ? "" : serviceUse;
        disclosures = disclosures == null ? Set.of() : Set.copyOf(disclosures);
    }

    public String categoryName() {
        return category.name();
    }

    public String subjectName() {
        return subject.name();
    }

    /** True when {@code names} is empty (no restriction) or holds this flow's category. */
    public boolean categoryIn(Collection<String> names) {
        return names.isEmpty() || names.contains(category.name());
    }

    /** True when {@code names} is empty (no restriction) or holds this flow's subject. */
    public boolean subjectIn(Collection<String> names) {
        return names.isEmpty() || names.contains(subject.name());
    }

    /** True when the data's sensitivity is {@code level} (LOW, MEDIUM, HIGH, SPECIAL) or higher. */
    public boolean sensitivityAtLeast(String level) {
        return sensitivity.ordinal() >= Sensitivity.valueOf(level).ordinal();
    }

    /** A declared disclosure covers this flow: one was declared at all. */
    public boolean isDeclared() {
        return !disclosures.isEmpty();
    }

    /** Where the data comes from, for messages: {@code Learner.firstName (Learner.java:19)}. */
    public String source() {
        return element + " (" + dataLocation.toShortString() + ")";
    }
}
