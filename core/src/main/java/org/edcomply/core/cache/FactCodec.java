package org.edcomply.core.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Facts as JSON, for the incremental cache: records by their components; a value in an untyped
 * slot (a fact in a list of facts) as {@code [class, value]}, where only EdComply's own classes are
 * accepted on reading; sets and maps in sorted order, so that the same facts give the same bytes.
 * Record constructors run on reading, so a cached fact meets the same checks as a new one.
 */
public final class FactCodec {

    static final String OWN_PACKAGE = "org.edcomply.core.";

    private static final ObjectMapper MAPPER = build();

    private FactCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule sorted = new SimpleModule("sorted-sets");
        sorted.addSerializer(new SortedSetSerializer());
        // requirements carry effective dates; only their digest is written, never read back
        sorted.addSerializer(java.time.LocalDate.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
        return JsonMapper.builder()
                .visibility(PropertyAccessor.GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.SETTER, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType(OWN_PACKAGE).build(),
                        ObjectMapper.DefaultTyping.JAVA_LANG_OBJECT, JsonTypeInfo.As.WRAPPER_ARRAY)
                .addModule(sorted)
                .build();
    }

    /** Set elements sorted by their text, so that a set's order (random per JVM for {@code Set.of}) never shows. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {

        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<Object> elements = new ArrayList<>(value);
            elements.sort(Comparator.comparing(String::valueOf));
            gen.writeStartArray(value, elements.size());
            for (Object e : elements) {
                provider.defaultSerializeValue(e, gen);
            }
            gen.writeEndArray();
        }
    }
}
