package org.ruralitic.faces.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
        if (matches(headers.getRequestHeaders().get(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(new EntityTag(tag)).cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(new EntityTag(tag))
            .cacheControl(cache).build();
    }

    /**
     * @param ifNoneMatch the values of the {@code If-None-Match} headers, or {@code null}.
     * @param tag the opaque part of the current entity tag.
     * @return whether one of them names it (weak comparison, RFC 9110 13.1.2) or is {@code *}.
     */
    static boolean matches(List<String> ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tag + "\"";
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String value = candidate.strip();
                if (value.equals("*") || value.equals(quoted) || value.equals("W/" + quoted)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String write(Object body) {
        return JSONB.toJson(body);
    }
}
