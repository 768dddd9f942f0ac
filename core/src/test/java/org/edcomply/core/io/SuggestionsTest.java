package org.edcomply.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void theClosestCandidateIsSuggested() {
        assertEquals("; did you mean 'minAge'?", Suggestions.hint("minage", List.of("customerTypes", "minAge")));
        assertEquals(".", Suggestions.hint("retention", List.of("audience", "consent")));
    }

    /** Both are one edit away; the one that shares the longer beginning is the likelier typo. */
    @Test
    void onATieTheLongerCommonBeginningWins() {
        assertEquals("; did you mean 'us-coppa'?", Suggestions.hint("us-copa", List.of("us-cipa", "us-coppa")));
    }

    @Test
    void otherwiseTheFirstCandidateWins() {
        assertEquals("; did you mean 'FR'?", Suggestions.hint("FX", List.of("FR", "FI")));
    }
}
