package org.ruralitic.newsletter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the newsletter in French and English: messages of sign-up errors and texts of the mails, from
 * {@value #BUNDLE}. French unless the language is English.
 */
final class NewsletterMessages {

    static final String BUNDLE = "org.ruralitic.newsletter.messages";

    private NewsletterMessages() {
    }

    /**
     * @param locale the reader's locale, possibly {@code null}.
     * @return {@code en} for English, else {@code fr}: the two languages of the library.
     */
    static String language(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr";
    }

    /**
     * @param locale the reader's locale.
     * @param key the key.
     * @param arguments the values of {@code {0}}, {@code {1}}...
     * @return the text in French or English, never in the server's default language.
     */
    static String text(Locale locale, String key, Object... arguments) {
        Locale language = Locale.forLanguageTag(language(locale));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NewsletterMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
