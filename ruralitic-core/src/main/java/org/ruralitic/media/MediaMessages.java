package org.ruralitic.media;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The messages of the media library in French and English, from {@value #BUNDLE}. French unless English. */
final class MediaMessages {

    static final String BUNDLE = "org.ruralitic.media.messages";

    private MediaMessages() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        Locale language = english ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, MediaMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
