package org.edcomply.core.model;

import java.util.Collection;

/**
 * A third-party service the project ships with: found as a Maven dependency or an import and
 * matched against the curated catalogue.
 *
 * @param location where it was found first (the dependency in pom.xml, else the first import)
 * @param id       the catalogue id, e.g. {@code google-admob}
 * @param name     the service's name, e.g. {@code Google AdMob}
 * @param use      what it is used for: {@code ADVERTISING}, {@code ANALYTICS}, {@code SESSION_REPLAY}, ...
 * @param evidence how it was found, e.g. {@code dependency com.google.android.gms:play-services-ads}
 */
public record ThirdPartyService(Location location, String id, String name, String use, String evidence) {

    /** True when {@code uses} is empty or holds this service's use. */
    public boolean useIn(Collection<String> uses) {
        return uses.isEmpty() || uses.contains(use);
    }
}
