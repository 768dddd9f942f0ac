package org.edcomply.core.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.PersonalDataFlow;
import org.edcomply.core.scan.SinkCall.DataRef;

/**
 * Joins the sink calls of every scanned file with the personal-data elements of every file: a
 * reference to {@code Learner.firstName} in a log call of {@code ReadingService} becomes one
 * {@link PersonalDataFlow} that names both places. A whole object reaches a log with the members
 * its {@code toString} prints, and an HTTP client or SDK with all its personal members (they are
 * serialised).
 */
final class DataFlows {

    private DataFlows() {
    }

    static List<PersonalDataFlow> resolve(List<PersonalDataElement> elements, List<TypeSummary> types,
                                          List<SinkCall> calls) {
        Map<String, Map<String, PersonalDataElement>> byOwner = new HashMap<>();
        for (PersonalDataElement e : elements) {
            byOwner.computeIfAbsent(e.owner(), k -> new LinkedHashMap<>()).putIfAbsent(e.member(), e);
        }
        Map<String, TypeSummary> byName = new HashMap<>();
        types.forEach(t -> byName.putIfAbsent(t.name(), t));

        Map<String, PersonalDataFlow> flows = new LinkedHashMap<>();
        for (SinkCall call : calls) {
            for (DataRef ref : call.refs()) {
                Map<String, PersonalDataElement> members = byOwner.getOrDefault(ref.type(), Map.of());
                List<PersonalDataElement> reached = new ArrayList<>();
                if (ref.member() != null) {
                    PersonalDataElement e = members.get(ref.member());
                    if (e != null) {
                        reached.add(e);
                    }
                } else {
                    TypeSummary t = byName.get(ref.type());
                    boolean printed = call.sinkKind().equals(PersonalDataFlow.LOG)
                            || call.sinkKind().equals(PersonalDataFlow.CONSOLE);
                    for (PersonalDataElement e : members.values()) {
                        if (!printed || (t != null && t.toStringMembers().contains(e.member()))) {
                            reached.add(e);
                        }
                    }
                }
                for (PersonalDataElement e : reached) {
                    Set<String> disclosures = new LinkedHashSet<>(call.disclosures());
                    TypeSummary holder = byName.get(e.owner());
                    if (holder != null) {
                        disclosures.addAll(holder.disclosures());
                        disclosures.addAll(holder.memberDisclosures().getOrDefault(e.member(), List.of()));
                    }
                    String key = call.location() + "|" + call.sink() + "|" + e.qualifiedName();
                    flows.putIfAbsent(key, new PersonalDataFlow(call.location(), call.method(), call.sinkKind(),
                            call.sink(), call.service(), call.serviceUse(), e.qualifiedName(), e.category(), e.subject(),
                            e.sensitivity(), e.isEducationRecord(), e.location(), ref.via(), disclosures));
                }
            }
        }
        List<PersonalDataFlow> sorted = new ArrayList<>(flows.values());
        sorted.sort(Comparator.comparing(PersonalDataFlow::location).thenComparing(PersonalDataFlow::element)
                .thenComparing(PersonalDataFlow::sink));
        return sorted;
    }
}
