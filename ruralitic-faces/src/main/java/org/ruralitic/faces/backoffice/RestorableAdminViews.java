package org.ruralitic.faces.backoffice;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;

/**
 * Lets a back-office form whose view has expired (the session lost it, or it was pushed out by many open tabs) go
 * through instead of failing: the view is built anew and the submitted values are applied to it as usual, so that
 * the editor's text is never lost. The form's beans rebuild what the view iterates over from the submitted form
 * itself (see {@code ArticleEditor}). Public views and other portals' views are left to the default handling.
 *
 * @since 0.2
 */
public class RestorableAdminViews extends ViewHandlerWrapper {

    private static final String ADMIN_VIEWS = AdminFilter.BASE + "/";

    /**
     * @param wrapped the portal's view handler.
     */
    public RestorableAdminViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot restored = super.restoreView(context, viewId);
        if (restored != null || viewId == null || !viewId.startsWith(ADMIN_VIEWS) || !context.isPostback()) {
            return restored;
        }
        UIViewRoot created = createView(context, viewId);
        ViewDeclarationLanguage language = getViewDeclarationLanguage(context, viewId);
        context.setViewRoot(created);
        try {
            language.buildView(context, created);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }
}
