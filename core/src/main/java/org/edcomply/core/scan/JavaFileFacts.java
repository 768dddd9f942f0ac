package org.edcomply.core.scan;

import java.util.List;
import org.edcomply.core.model.Location;

/**
 * What one Java file yields, kept after its syntax tree is dropped: its facts, plus what the
 * project-wide resolution needs (type summaries, sink calls, imports).
 */
record JavaFileFacts(List<Object> facts, List<TypeSummary> types, List<SinkCall> sinks, List<Import> imports) {

    /** A non-static import, with where it is written. */
    record Import(Location location, String name, boolean wildcard) {
    }
}
