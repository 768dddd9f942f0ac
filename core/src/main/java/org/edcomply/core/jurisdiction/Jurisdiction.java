package org.edcomply.core.jurisdiction;

import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * One jurisdiction file: a regime (or EdComply's own requirements) and what it requires.
 *
 * @param id         e.g. {@code us-coppa}; what manifests and the {@code jurisdictions} parameter select
 * @param region     where it applies, e.g. {@code US}, {@code US-CA}, {@code EU}; selecting the
 *                   region selects every jurisdiction of it
 * @param always     true for requirements that apply whatever is selected (EdComply's own)
 * @param extendsIds jurisdictions selected together with this one (a US state on top of US federal law)
 * @param variants   selectable as {@code id/KEY}, e.g. {@code eu-gdpr/FR}: changes to requirements
 *                   for one Member State, province or similar
 */
public record Jurisdiction(String id, String name, String region, String regime, boolean always,
                           List<String> extendsIds, Map<String, Variant> variants,
                           List<Requirement> requirements, Location definedAt) implements RuleFile {

    /** A named set of changes, e.g. France's digital-consent age of 15 under GDPR Art. 8(1). */
    public record Variant(String key, String name, List<RequirementChange> changes, Location definedAt) {
    }
}
