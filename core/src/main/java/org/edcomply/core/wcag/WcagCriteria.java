package org.edcomply.core.wcag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Level A and AA success criteria of WCAG 2.0, 2.1 and 2.2 (W3C Recommendations of 2008, 2018
 * and 2023), with the version that introduced each. Requirements name a criterion by number; its
 * level and versions decide which conformance targets require it.
 */
public final class WcagCriteria {

    private static final Map<String, WcagCriterion> ALL = new LinkedHashMap<>();

    static {
        a("1.1.1", "Non-text Content", "2.0");
        a("1.2.1", "Audio-only and Video-only (Prerecorded)", "2.0");
        a("1.2.2", "Captions (Prerecorded)", "2.0");
        a("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "2.0");
        aa("1.2.4", "Captions (Live)", "2.0");
        aa("1.2.5", "Audio Description (Prerecorded)", "2.0");
        a("1.3.1", "Info and Relationships", "2.0");
        a("1.3.2", "Meaningful Sequence", "2.0");
        a("1.3.3", "Sensory Characteristics", "2.0");
        aa("1.3.4", "Orientation", "2.1");
        aa("1.3.5", "Identify Input Purpose", "2.1");
        a("1.4.1", "Use of Color", "2.0");
        a("1.4.2", "Audio Control", "2.0");
        aa("1.4.3", "Contrast (Minimum)", "2.0");
        aa("1.4.4", "Resize Text", "2.0");
        aa("1.4.5", "Images of Text", "2.0");
        aa("1.4.10", "Reflow", "2.1");
        aa("1.4.11", "Non-text Contrast", "2.1");
        aa("1.4.12", "Text Spacing", "2.1");
        aa("1.4.13", "Content on Hover or Focus", "2.1");
        a("2.1.1", "Keyboard", "2.0");
        a("2.1.2", "No Keyboard Trap", "2.0");
        a("2.1.4", "Character Key Shortcuts", "2.1");
        a("2.2.1", "Timing Adjustable", "2.0");
        a("2.2.2", "Pause, Stop, Hide", "2.0");
        a("2.3.1", "Three Flashes or Below Threshold", "2.0");
        a("2.4.1", "Bypass Blocks", "2.0");
        a("2.4.2", "Page Titled", "2.0");
        a("2.4.3", "Focus Order", "2.0");
        a("2.4.4", "Link Purpose (In Context)", "2.0");
        aa("2.4.5", "Multiple Ways", "2.0");
        aa("2.4.6", "Headings and Labels", "2.0");
        aa("2.4.7", "Focus Visible", "2.0");
        aa("2.4.11", "Focus Not Obscured (Minimum)", "2.2");
        a("2.5.1", "Pointer Gestures", "2.1");
        a("2.5.2", "Pointer Cancellation", "2.1");
        a("2.5.3", "Label in Name", "2.1");
        a("2.5.4", "Motion Actuation", "2.1");
        aa("2.5.7", "Dragging Movements", "2.2");
        aa("2.5.8", "Target Size (Minimum)", "2.2");
        a("3.1.1", "Language of Page", "2.0");
        aa("3.1.2", "Language of Parts", "2.0");
        a("3.2.1", "On Focus", "2.0");
        a("3.2.2", "On Input", "2.0");
        aa("3.2.3", "Consistent Navigation", "2.0");
        aa("3.2.4", "Consistent Identification", "2.0");
        a("3.2.6", "Consistent Help", "2.2");
        a("3.3.1", "Error Identification", "2.0");
        a("3.3.2", "Labels or Instructions", "2.0");
        aa("3.3.3", "Error Suggestion", "2.0");
        aa("3.3.4", "Error Prevention (Legal, Financial, Data)", "2.0");
        a("3.3.7", "Redundant Entry", "2.2");
        aa("3.3.8", "Accessible Authentication (Minimum)", "2.2");
        ALL.put("4.1.1", new WcagCriterion("4.1.1", "Parsing", WcagLevel.A, WcagVersion.V2_0, WcagVersion.V2_1));
        a("4.1.2", "Name, Role, Value", "2.0");
        aa("4.1.3", "Status Messages", "2.1");
    }

    private WcagCriteria() {
    }

    private static void a(String sc, String name, String since) {
        ALL.put(sc, new WcagCriterion(sc, name, WcagLevel.A, WcagVersion.of(since), null));
    }

    private static void aa(String sc, String name, String since) {
        ALL.put(sc, new WcagCriterion(sc, name, WcagLevel.AA, WcagVersion.of(since), null));
    }

    public static Optional<WcagCriterion> find(String sc) {
        return Optional.ofNullable(ALL.get(sc));
    }

    /** The criterion, or an error naming the known ones. */
    public static WcagCriterion get(String sc) {
        return find(sc).orElseThrow(() -> new IllegalArgumentException("'" + sc
                + "' is not a WCAG 2 Level A or AA success criterion; expected a number such as 1.1.1"));
    }

    public static Map<String, WcagCriterion> all() {
        return Collections.unmodifiableMap(ALL);
    }
}
