package org.edcomply.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates a report against a JSON Schema file of the repository (tests run offline). */
final class SchemaValidation {

    private SchemaValidation() {
    }

    static List<String> errors(String schemaResource, SpecificationVersion version, byte[] document) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + schemaResource);
            }
            ObjectMapper mapper = new ObjectMapper();
            Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(mapper.readTree(in));
            JsonNode doc = mapper.readTree(document);
            return schema.validate(doc).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
