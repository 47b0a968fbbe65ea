package org.ruralitic.faces.common;

import java.io.IOException;
import java.util.Map;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.MetaRuleset;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Builds {@code <r:cached>}: when the {@link PageCache} holds what its children render for this request, the
 * children are not built at all and the kept markup is written instead; otherwise they are built, rendered and kept.
 * <p>
 * A fragment is known by where it stands in its view, by its {@code by} attribute (what else its markup depends on,
 * such as the tag's attributes) and by the page's address and language: everything a RuraliTIC tag shows follows
 * from these. Nothing is kept or written from the cache on a postback, a request other than GET or HEAD, a
 * back-office page, a request the Router marks {@link CachedOutput#OFF} (forms, preview links), a request that asks
 * for the statements of a render ({@link Router#SQL_HEADER}), or inside a component that repeats its children when
 * rendering ({@code ui:repeat}, a data table), where one build stands for several outputs.
 * <p>
 * With {@code part="content"} (or {@code title}, {@code head}), in the drop-in views, it is a part of the page: kept
 * by the Router with the page's address, and written from there into the portal's template for a visitor with a
 * session ({@code layout/parts.xhtml}).
 *
 * @since 0.2
 */
public final class CachedOutputHandler extends ComponentHandler {

    private final TagAttribute by;
    private final TagAttribute part;

    /** @param config the tag's configuration. */
    public CachedOutputHandler(ComponentConfig config) {
        super(config);
        by = getAttribute("by");
        part = getAttribute("part");
    }

    @Override
    protected MetaRuleset createMetaRuleset(@SuppressWarnings("rawtypes") Class type) {
        return super.createMetaRuleset(type).ignore("by").ignore("part");
    }

    @Override
    public void onComponentCreated(FaceletContext ctx, UIComponent component, UIComponent parent) {
        // The component joins its parent only once its children are built: look at the ancestors now.
        for (UIComponent ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof UIData || ancestor.getClass().getSimpleName().equals("UIRepeat")) {
                ((CachedOutput) component).repeated();
            }
        }
    }

    @Override
    public void applyNextHandler(FaceletContext ctx, UIComponent component) throws IOException {
        CachedOutput output = (CachedOutput) component;
        FacesContext faces = ctx.getFacesContext();
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        PageCache cache = output.isRepeated() ? null : usable(faces);
        if (cache != null && part != null) {
            String name = part.getValue(ctx);
            if (request.get(CachedOutput.REPLAY) instanceof PageCache.Parts replay) {
                PageCache.Fragment kept = replay.parts().get(name);
                if (kept != null) {
                    output.replay(kept);
                    CachedOutput.used(request, kept);
                    return;
                }
            }
            else if (request.get(CachedOutput.CAPTURE) instanceof Map<?, ?> capture) {
                @SuppressWarnings("unchecked")
                Map<String, PageCache.Fragment> parts = (Map<String, PageCache.Fragment>) capture;
                output.keepInto(cache, fragment -> parts.put(name, fragment));
            }
        }
        else if (cache != null) {
            String key = key(ctx, faces.getExternalContext());
            PageCache.Fragment kept = cache.fragment(key);
            if (kept != null) {
                output.replay(kept);
                CachedOutput.used(request, kept);
                return;
            }
            output.keepInto(cache, fragment -> cache.keepFragment(key, fragment));
        }
        super.applyNextHandler(ctx, component);
    }

    private String key(FaceletContext ctx, ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        return ctx.getFacesContext().getViewRoot().getLocale().toLanguageTag() + " " + request.getRequestURI()
            + (query == null ? "" : "?" + query) + " @" + tag.getLocation() + (by == null ? "" : " " + by.getValue(ctx));
    }

    private static PageCache usable(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        PageCache cache = PageCache.of((jakarta.servlet.ServletContext) external.getContext());
        if (cache == null || !cache.enabled() || faces.isPostback()
            || !(external.getRequest() instanceof HttpServletRequest request)
            || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
            || Boolean.TRUE.equals(request.getAttribute(CachedOutput.OFF)) || cache.rendersAnew(request)
            || request.getRequestURI().startsWith(request.getContextPath() + Router.BASE + "/admin")) {
            return null;
        }
        return cache;
    }
}
