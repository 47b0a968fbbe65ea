package org.ruralitic.faces.backoffice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the back-office in French and English ({@value #BUNDLE}, known to pages as {@code rtAdmin}), for
 * the beans that write messages.
 *
 * @since 0.2
 */
public final class AdminText {

    /** The bundle of the back-office's labels and messages. */
    public static final String BUNDLE = "org.ruralitic.faces.admin";

    private AdminText() {
    }

    /**
     * @param locale the user's locale.
     * @param key a key of the bundle.
     * @param arguments the values of {@code {0}}, {@code {1}}...
     * @return the text.
     */
    public static String of(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, AdminText.class.getClassLoader());
        return arguments.length == 0 ? bundle.getString(key)
            : new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
