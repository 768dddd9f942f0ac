package demo;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.PersonalData;

public class Child {
    @PersonalData(category = DataCategory.BIOMETRIC)
    private byte[] fingerprint;
}
