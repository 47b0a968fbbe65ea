package org.ruralitic.faces.api;

import java.nio.charset.StandardCharsets;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

    static Response ok(HttpHeaders headers, Object body) {
        String json = JSONB.toJson(body);
        String tag = HttpCache.digest(json.getBytes(StandardCharsets.UTF_8));
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        // Compared here rather than by Request.evaluatePreconditions: Jersey and RESTEasy parse If-None-Match
        // strictly and fail with a 500 on a malformed one ("abc, W/"abc, a lone comma); a header that names no
        // tag of ours is ignored, as RFC 9110 lets a server do.
        if (HttpCache.matches(headers.getRequestHeaders().get(HttpHeaders.IF_NONE_MATCH), "\"" + tag + "\"")) {
            return Response.notModified(new EntityTag(tag)).cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(new EntityTag(tag))
            .cacheControl(cache).build();
    }

    static String write(Object body) {
        return JSONB.toJson(body);
    }
}
