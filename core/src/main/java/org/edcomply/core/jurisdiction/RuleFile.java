package org.edcomply.core.jurisdiction;

/** A file of requirements: a jurisdiction, or an organisation's overlay on one. */
public sealed interface RuleFile permits Jurisdiction, Overlay {
}
