package org.ruralitic.faces.common;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Markup that is the same for every visitor, rendered once and then written from the {@link PageCache} until it
 * expires: {@code <r:cached>} around the output of each RuraliTIC tag, and around the parts of each drop-in page
 * ({@code <r:cached part="content">}). Whether it is written from the cache or rendered is decided when the view is
 * built, by {@link CachedOutputHandler}, so that a hit does not even build the components inside.
 * <p>
 * What the children render is kept unless it cannot be shared: a page that is not a 200, or children that mark the
 * page {@link Router#NO_STORE} (a form that puts its own stamp in). The {@link FreshValues} placeholders it holds are
 * kept with it and given back to the Router each time it is written.
 *
 * @since 0.2
 */
public class CachedOutput extends UIComponentBase {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.common.CachedOutput";

    /** The component family. */
    public static final String COMPONENT_FAMILY = "org.ruralitic.faces";

    /** Request attribute: when the first kept fragment written into the page expires ({@link Instant}). */
    static final String LATEST = "org.ruralitic.cache.latest";

    /** Request attribute: the parts of the drop-in page being rendered, by name, for the Router to keep. */
    static final String CAPTURE = "org.ruralitic.cache.capture";

    /** Request attribute: the kept parts ({@link PageCache.Parts}) the Router renders the template around. */
    static final String REPLAY = "org.ruralitic.cache.replay";

    /**
     * Request attribute, {@link Boolean#TRUE}: the page goes through {@link Whitespace} (the Router's pages), so kept
     * markup, trimmed already, is written between two {@link Whitespace#VERBATIM} marks that it copies without reading.
     */
    static final String VERBATIM = "org.ruralitic.cache.verbatim";

    /** Request attribute, {@link Boolean#TRUE}: nothing of this request may be kept (a form, a preview link). */
    static final String OFF = "org.ruralitic.cache.off";

    // Decided for this request when the view is built; never saved with the view.
    private transient PageCache.Fragment kept;
    private transient Consumer<PageCache.Fragment> keeper;
    private transient PageCache cache;
    private transient boolean repeated;

    /** A component without renderer, never saved with the view's state. */
    public CachedOutput() {
        setRendererType(null);
        setTransient(true);
    }

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    /** Marks it inside a component that renders its children several times: it is then never kept. */
    void repeated() {
        repeated = true;
    }

    /** @return whether it is inside a component that renders its children several times. */
    boolean isRepeated() {
        return repeated;
    }

    /** @param fragment what to write instead of rendering children (which were not built). */
    void replay(PageCache.Fragment fragment) {
        this.kept = fragment;
    }

    /**
     * @param pageCache the cache, for the expiry.
     * @param into where to put what the children render, when it can be shared.
     */
    void keepInto(PageCache pageCache, Consumer<PageCache.Fragment> into) {
        this.cache = pageCache;
        this.keeper = into;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Map<String, Object> request = context.getExternalContext().getRequestMap();
        if (kept != null) {
            write(context.getResponseWriter(), kept.html(), request);
            freshValues(request).putAll(kept.fresh());
            return;
        }
        if (keeper == null) {
            renderChildren(context);
            return;
        }
        ResponseWriter page = context.getResponseWriter();
        StringWriter buffer = new StringWriter(2048);
        ResponseWriter capture = page.cloneWithWriter(buffer);
        // Only what these children mark no-store counts against them; the page keeps any earlier mark.
        Object markedBefore = request.remove(Router.NO_STORE);
        context.setResponseWriter(capture);
        try {
            renderChildren(context);
            capture.flush();
        }
        finally {
            context.setResponseWriter(page);
        }
        boolean perVisitor = Boolean.TRUE.equals(request.get(Router.NO_STORE));
        if (markedBefore != null) {
            request.put(Router.NO_STORE, markedBefore);
        }
        // Kept trimmed, as the page it goes into will be: trimming it again costs nothing then (VERBATIM).
        String html = Whitespace.html(buffer.toString());
        write(page, html, request);
        Object response = context.getExternalContext().getResponse();
        boolean ok = !(response instanceof HttpServletResponse http) || http.getStatus() == HttpServletResponse.SC_OK;
        if (!perVisitor && ok) {
            keeper.accept(new PageCache.Fragment(html, freshIn(html, request), cache.expiry(latest(request))));
        }
    }

    private static void write(ResponseWriter writer, String html, Map<String, Object> request) throws IOException {
        boolean marked = Boolean.TRUE.equals(request.get(VERBATIM));
        if (marked) {
            writer.write(Whitespace.VERBATIM);
        }
        writer.write(html);
        if (marked) {
            writer.write(Whitespace.VERBATIM);
        }
    }

    private void renderChildren(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }

    /**
     * @param request the attributes of the request.
     * @param fragment a kept fragment written into its page.
     */
    static void used(Map<String, Object> request, PageCache.Fragment fragment) {
        if (fragment.expires().isBefore(latest(request))) {
            request.put(LATEST, fragment.expires());
        }
    }

    /**
     * @param request the attributes of the request.
     * @return when the first kept fragment written into its page expires, {@link Instant#MAX} if none was.
     */
    static Instant latest(Map<String, Object> request) {
        return request.get(LATEST) instanceof Instant latest ? latest : Instant.MAX;
    }

    private static Map<String, Supplier<String>> freshIn(String html, Map<String, Object> request) {
        Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
        freshValues(request).forEach((placeholder, value) -> {
            if (html.contains(placeholder)) {
                fresh.put(placeholder, value);
            }
        });
        return Map.copyOf(fresh);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Supplier<String>> freshValues(Map<String, Object> request) {
        Object values = request.get(FreshValues.ATTRIBUTE);
        // Outside the Router nothing holds placeholders, and nothing kept has any (FreshValues.placeholder).
        return values instanceof Map<?, ?> map ? (Map<String, Supplier<String>>) map : new LinkedHashMap<>();
    }
}
