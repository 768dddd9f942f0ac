package org.edcomply.core.scan.config;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.model.ConfigSetting;
import org.edcomply.core.model.HardcodedSecret;

/**
 * Turns the settings of one configuration file (or profile document) into facts: every setting as a
 * {@link ConfigSetting} with secrets masked, and every secret written into the file as a
 * {@link HardcodedSecret}.
 */
public final class SettingFacts {

    private SettingFacts() {
    }

    public static List<Object> of(String file, String profile, List<Setting> settings) {
        List<Object> facts = new ArrayList<>();
        for (Setting s : settings) {
            facts.add(new ConfigSetting(s.location(), file, profile, s.key(), Secrets.safeValue(s.key(), s.value())));
            facts.addAll(secret(file, profile, s));
        }
        return facts;
    }

    /** A {@link HardcodedSecret} if the setting holds one. */
    public static List<Object> secret(String file, String profile, Setting s) {
        return Secrets.find(s.key(), s.value())
                .<List<Object>>map(kind -> List.of(new HardcodedSecret(s.location(), file, profile, s.key(), kind,
                        Secrets.MASK)))
                .orElse(List.of());
    }
}
