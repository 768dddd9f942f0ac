package org.edcomply.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.edcomply.annotations.DataCategory;
import org.edcomply.core.io.InputException;
import org.junit.jupiter.api.Test;

/** The shipped data files load, are large enough, and cover what the issue names. */
class CataloguesTest {

    @Test
    void theTaxonomyHasAtLeast120DataTypesAndEveryCategoryIsReachable() {
        Taxonomy taxonomy = Taxonomy.builtIn();
        assertTrue(taxonomy.dataTypes().size() >= 120, "data types: " + taxonomy.dataTypes().size());
        Map<DataCategory, Integer> coverage = taxonomy.coverage();
        Set<DataCategory> missing = EnumSet.allOf(DataCategory.class);
        missing.removeAll(coverage.keySet());
        assertEquals(Set.of(), missing, "categories no name pattern can find");
        assertEquals(List.of(), taxonomy.dataTypes().stream()
                        .filter(t -> t.key().startsWith("user.education.") != t.category().key().startsWith("user.education."))
                        .map(DataType::key).toList(),
                "the education branch of keys and of categories is the same");
    }

    @Test
    void theServiceCatalogueHasAtLeast60EntriesOfEveryUse() {
        ThirdPartyCatalog catalog = ThirdPartyCatalog.builtIn();
        assertTrue(catalog.services().size() >= 60, "services: " + catalog.services().size());
        TreeSet<String> uses = catalog.services().stream().map(ThirdPartyCatalog.Service::use)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("ADVERTISING", "AI", "ANALYTICS", "APM", "ATTRIBUTION", "CLOUD_STORAGE",
                "CRASH_REPORTING", "EDTECH_PLATFORM", "FEATURE_FLAGS", "MARKETING", "MESSAGING", "PROCTORING",
                "SESSION_REPLAY")), uses);
    }

    @Test
    void servicesAreFoundByArtifactPackageAndUrl() {
        ThirdPartyCatalog catalog = ThirdPartyCatalog.builtIn();
        assertEquals("google-admob", catalog.byArtifact("com.google.android.gms", "play-services-ads-lite").orElseThrow().id());
        assertEquals("firebase-crashlytics", catalog.byQualifiedName("com.google.firebase.crashlytics.FirebaseCrashlytics").orElseThrow().id());
        assertEquals("firebase-analytics", catalog.byQualifiedName("com.google.firebase.analytics.FirebaseAnalytics").orElseThrow().id());
        assertEquals("proctorio", catalog.byUrl("https://api.proctorio.com/v1/sessions?id=3").orElseThrow().id());
        assertTrue(catalog.byUrl("https://proctorio.com.evil.example/").isEmpty());
        assertTrue(catalog.byQualifiedName("com.google.common.collect.ImmutableList").isEmpty());
        assertTrue(catalog.byArtifact("org.springframework", "spring-core").isEmpty());
    }

    @Test
    void aBrokenTaxonomyNamesFileAndLine() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> Taxonomy.parse("""
                subjects: {STUDENT: [student]}
                genericSubjects: []
                records: []
                organisations: []
                classSuffixes: []
                ignoredTrailing: []
                excluded: []
                dataTypes:
                  - {key: user.name, category: NAME, context: any, suffix: [name]}
                  - {key: user.thing, category: THING, context: any, suffix: [thing]}
                """, "data-types.yaml"));
        assertEquals("data-types.yaml:10:33: 'THING' is not a DataCategory constant", e.getMessage());
    }

    @Test
    void namesSplitIntoNormalisedWords() {
        assertEquals("[guardian, email, address]", NameTokens.of("guardianEmailAddresses").toString());
        assertEquals("[section, 504, plan]", NameTokens.of("section504Plan").toString());
        assertEquals("[iep, goal]", NameTokens.of("IEPGoals").toString());
        assertEquals("[allergy, note]", NameTokens.of("ALLERGIES_NOTES").toString());
        assertEquals("[status, address]", NameTokens.of("status_address").toString());
    }
}
