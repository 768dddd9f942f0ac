package org.edcomply.core.scan;

import java.util.ArrayList;
import java.util.List;

/** Collects what scanners produce. Thread-safe, so that files can be scanned in parallel. */
public final class FactSink {

    private final List<Object> facts = new ArrayList<>();

    public synchronized void add(Object fact) {
        facts.add(fact);
    }

    public synchronized void addAll(List<?> more) {
        facts.addAll(more);
    }

    public synchronized List<Object> facts() {
        return List.copyOf(facts);
    }
}
