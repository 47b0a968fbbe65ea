package org.ruralitic.faces.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.access.Role;
import org.ruralitic.common.PageRequest;
import org.ruralitic.common.PageResult;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.media.MediaException;
import org.ruralitic.media.MediaItem;
import org.ruralitic.media.MediaService;

/**
 * The media library page of the back-office ({@code /ruralitic/admin/media}), known to it as
 * {@code rtMediaLibrary}: the upload form and the images, newest first, {@value #PAGE_SIZE} a page
 * ({@code ?page=2}).
 * <p>
 * The form works without JavaScript: a plain multipart POST. A refused file or a missing alternative text comes
 * back as a message tied to its field, with what was typed kept; an accepted one redirects (POST-redirect-GET) to
 * the first page with {@code ?uploaded=<id>}, so that reloading never uploads twice.
 *
 * @since 0.2
 */
@Named("rtMediaLibrary")
@RequestScoped
public class MediaLibraryPage {

    /** Images a page. */
    public static final int PAGE_SIZE = 20;

    /** The identifier of the form; its fields are {@code <form>:file}, {@code <form>:alt}. */
    public static final String FORM = "rt-media-upload";

    /** The readable address of the page, under the portal's context. */
    public static final String ADDRESS = "/ruralitic/admin/media";

    @Inject
    MediaService media;

    @Inject
    Staff staff;

    @Inject
    Formats formats;

    private Part file;
    private String alt;
    private boolean decorative;
    private PageResult<MediaItem> images;
    private MediaItem uploaded;
    private boolean uploadedRead;

    /** @return the file chosen, on a POST. */
    public Part getFile() {
        return file;
    }

    /** @param file the file chosen. */
    public void setFile(Part file) {
        this.file = file;
    }

    /** @return the alternative text typed. */
    public String getAlt() {
        return alt;
    }

    /** @param alt the alternative text typed. */
    public void setAlt(String alt) {
        this.alt = alt;
    }

    /** @return whether the image is marked decorative. */
    public boolean isDecorative() {
        return decorative;
    }

    /** @param decorative whether the image is marked decorative. */
    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    /** @return the largest upload, for people ("5.0 MB"). */
    public String getMaxSize() {
        return media.maxSizeText();
    }

    /**
     * Uploads the chosen file.
     *
     * @return {@code null}: the same page with messages, unless it redirected.
     * @throws IOException if the file cannot be read from the request, or the redirect fails.
     */
    public String upload() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        try {
            Actor actor = staff.getActor();
            actor.require(Role.AUTHOR);
            if (file == null || file.getSize() == 0) {
                throw new MediaException(MediaException.FILE_REQUIRED);
            }
            media.checkSize(file.getSize()); // before reading a byte of an oversized file
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(media.maxSize() + 1);
            }
            MediaItem item = media.upload(actor, file.getSubmittedFileName(), bytes, alt, decorative);
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + ADDRESS + "?uploaded=" + item.id());
        }
        catch (MediaException refused) {
            String field = refused.field() == MediaException.Field.ALT ? "alt" : "file";
            context.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                refused.getMessage(locale), null));
        }
        catch (AccessDeniedException denied) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                formats.message("admin.media.denied", null), null));
        }
        return null;
    }

    /** @return the images of the page asked for, newest first; an empty page for someone without the role. */
    public PageResult<MediaItem> getImages() {
        if (images == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Actor actor = staff.getActor();
            images = actor.has(Role.AUTHOR)
                ? media.list(actor, PageRequest.of(page(context), PAGE_SIZE))
                : new PageResult<>(List.of(), 1, PAGE_SIZE, 0);
        }
        return images;
    }

    /** @return the numbers of all pages, for the pagination. */
    public List<Integer> getPageNumbers() {
        return IntStream.rangeClosed(1, getImages().pageCount()).boxed().toList();
    }

    /** @return the image just uploaded ({@code ?uploaded=<id>}), for the confirmation, or {@code null}. */
    public MediaItem getUploaded() {
        if (!uploadedRead) {
            uploadedRead = true;
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("uploaded");
            uploaded = id != null && id.matches("[1-9][0-9]{0,17}") ? media.find(Long.parseLong(id)).orElse(null) : null;
        }
        return uploaded;
    }

    /**
     * @param clientId a field's client identifier.
     * @return {@code "true"} when the field has a message, for {@code aria-invalid}; else {@code null} (no attribute).
     */
    public String invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty() ? null : "true";
    }

    private static int page(FacesContext context) {
        String page = context.getExternalContext().getRequestParameterMap().get("page");
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }


}
