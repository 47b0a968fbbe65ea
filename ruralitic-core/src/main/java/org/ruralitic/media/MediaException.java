package org.ruralitic.media;

import java.util.Arrays;
import java.util.Locale;

/**
 * An upload or a change of the media library that cannot be accepted: not an image we take, damaged, too large,
 * no alternative text. Nothing was stored. The form shows {@link #getMessage(Locale)} next to {@link #field()}.
 *
 * <h2>Usage</h2>
 * <pre>
 * try {
 *     media.upload(actor, part.getSubmittedFileName(), bytes, alt, decorative);
 * }
 * catch (MediaException e) {
 *     facesContext.addMessage(e.field() == MediaException.Field.ALT ? "alt" : "file",
 *         new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(locale), null));
 * }
 * </pre>
 *
 * @since 0.2
 */
public class MediaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No file, or an empty one. */
    public static final String FILE_REQUIRED = "ruralitic.media.file.required";

    /** Larger than {@code media.max.size}; arguments: the size, the limit. */
    public static final String FILE_TOO_LARGE = "ruralitic.media.file.tooLarge";

    /** An SVG image: refused, because we do not sanitise SVG. */
    public static final String FILE_SVG = "ruralitic.media.file.svg";

    /** Not a JPEG, PNG or WebP image, whatever its name. */
    public static final String FILE_TYPE = "ruralitic.media.file.type";

    /** Looks like an accepted image but cannot be read whole: truncated or damaged. */
    public static final String FILE_CORRUPT = "ruralitic.media.file.corrupt";

    /** Too many pixels to decode safely; arguments: width, height. */
    public static final String FILE_PIXELS = "ruralitic.media.file.pixels";

    /** No alternative text for an image that is not decorative. */
    public static final String ALT_REQUIRED = "ruralitic.media.alt.required";

    /** Alternative text longer than {@value MediaFile#MAX_ALT} characters. */
    public static final String ALT_TOO_LONG = "ruralitic.media.alt.tooLong";

    /** No image of that identifier. */
    public static final String NOT_FOUND = "ruralitic.media.notFound";

    /** The field of the upload form a problem belongs to. */
    public enum Field {
        /** The file. */
        FILE,
        /** The alternative text (or the decorative box). */
        ALT
    }

    private final String key;
    private final transient Object[] arguments;

    /**
     * @param key one of the keys above, in {@code org/ruralitic/media/messages*.properties}.
     * @param arguments the values of the message's {@code {0}}, {@code {1}}...
     */
    public MediaException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** @return the key of the message, such as {@value #FILE_TYPE}. */
    public String getKey() {
        return key;
    }

    /** @return the values of the message. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }

    /** @return the form field the problem is about. */
    public Field field() {
        return key.startsWith("ruralitic.media.alt.") ? Field.ALT : Field.FILE;
    }

    /**
     * @param locale the reader's locale.
     * @return the message in French, or in English for an English locale.
     */
    public String getMessage(Locale locale) {
        return MediaMessages.text(locale, key, getArguments());
    }

    /** @return the message in English, for logs. */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.ENGLISH);
    }
}
