package org.ruralitic.faces.api;

import java.nio.charset.StandardCharsets;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.ruralitic.faces.common.HttpCache;

/**
 * Answers of the API: the record as JSON (JSON-B of the platform), with a strong ETag computed from those bytes,
 * {@code Cache-Control: no-cache}, or a 304 when the client has it already.
 */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Json() {
    }

    static Response ok(Request request, Object body) {
        String json = JSONB.toJson(body);
        EntityTag tag = new EntityTag(HttpCache.digest(json.getBytes(StandardCharsets.UTF_8)));
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache)
            .build();
    }

    static String write(Object body) {
        return JSONB.toJson(body);
    }
}
