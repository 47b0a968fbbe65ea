package org.ruralitic.faces.backoffice;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The back-office's forms are validated in their user's language, whatever the server's default locale: Bean
 * Validation interpolates in the JVM's default unless told otherwise.
 *
 * @since 0.3
 */
public final class Validators {

    private Validators() {
    }

    /**
     * @param factory the container's validator factory.
     * @param locale the user's locale.
     * @return a validator whose messages are in that locale.
     */
    public static Validator in(ValidatorFactory factory, Locale locale) {
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
    }
}
