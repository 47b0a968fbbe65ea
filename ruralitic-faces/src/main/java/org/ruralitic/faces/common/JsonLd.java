package org.ruralitic.faces.common;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes schema.org JSON-LD for a {@code <script type="application/ld+json">} block.
 * <p>
 * A data block is not run, so a strict Content-Security-Policy allows it; but its text must not close the element:
 * every {@code <} is written {@code \u003c}, which JSON reads back as the same character.
 *
 * @since 0.1
 */
public final class JsonLd {

    // Json.createObjectBuilder() looks the JSON-P provider up (a service loader scan) on every call: once is enough.
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonLd() {
    }

    /** @return a new object builder. */
    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /** @return a new array builder. */
    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    /**
     * @param object the JSON-LD object.
     * @return its text, safe inside a script element.
     */
    public static String script(JsonObject object) {
        return object.toString().replace("<", "\\u003c");
    }

    /**
     * Adds a property only when it has a value: schema.org readers prefer a missing property to an empty one.
     *
     * @param builder the object being built.
     * @param name the property.
     * @param value its value, or {@code null}.
     * @return the builder.
     */
    public static JsonObjectBuilder optional(JsonObjectBuilder builder, String name, String value) {
        return value == null || value.isBlank() ? builder : builder.add(name, value);
    }
}
