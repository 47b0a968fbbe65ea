package org.ruralitic.legal;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the default texts in French and English, from {@value #BUNDLE}: placeholders of what the library
 * cannot know, the conformity sentences, durations in words.
 */
final class LegalMessages {

    static final String BUNDLE = "org.ruralitic.legal.messages";

    private LegalMessages() {
    }

    /**
     * @param locale a locale, possibly {@code null}.
     * @return {@code en} for English, else {@code fr}.
     */
    static String language(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr";
    }

    static String text(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, LegalMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * @param language {@code fr} or {@code en}.
     * @param what the key of what to fill in, after {@code legal.todo.}.
     * @param setting the setting that fills it.
     * @return the placeholder saying what to write there, and where.
     */
    static String todo(String language, String what, String setting) {
        return text(language, "legal.todo", text(language, "legal.todo." + what), setting);
    }

    /**
     * @param duration a duration, such as {@code P7D}.
     * @param language {@code fr} or {@code en}.
     * @return it in words: "7 jours", "1 day", "12 hours", "30 minutes".
     */
    static String inWords(Duration duration, String language) {
        if (!duration.isZero() && duration.toHours() % 24 == 0 && duration.toSeconds() % 3600 == 0) {
            return text(language, "legal.days", duration.toDays());
        }
        if (!duration.isZero() && duration.toSeconds() % 3600 == 0) {
            return text(language, "legal.hours", duration.toHours());
        }
        return text(language, "legal.minutes", Math.max(duration.toMinutes(), duration.isZero() ? 0 : 1));
    }
}
