package org.edcomply.core.scan;

import java.util.List;
import org.edcomply.core.model.Location;

/**
 * A call in a method body that sends data somewhere, with references to what it sends. Resolved
 * against the project's personal-data elements once every file is scanned ({@link DataFlows}).
 *
 * @param method      {@code Class.method}
 * @param sinkKind    one of the {@code PersonalDataFlow} kinds
 * @param sink        the called type and method, e.g. {@code org.slf4j.Logger.info}
 * @param service     the catalogue id for third-party calls, else empty
 * @param serviceUse  the catalogue use for third-party calls, else empty
 * @param refs        what the call's arguments refer to
 * @param disclosures recipients declared with {@code @ThirdPartyDisclosure} on the method or its class
 */
record SinkCall(Location location, String owner, String method, String sinkKind, String sink, String service,
                String serviceUse, List<DataRef> refs, List<String> disclosures) {

    /**
     * One reference from a sink's arguments to data: a member of a type ({@code learner.getFirstName()}
     * is {@code Learner.firstName}), or a whole object of a type ({@code learner}).
     *
     * @param type   the simple name of the type
     * @param member the member, or null for the whole object
     * @param via    the expression as written
     */
    record DataRef(String type, String member, String via) {
    }
}
