package org.ruralitic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.ruralitic.theme.Theme;

/**
 * The messages of our constraints, in both languages, as the servers' Hibernate Validator reads them.
 */
class ValidationMessagesTest {

    @Test
    void aBadCodeIsExplainedInFrench() {
        assertThat(messages(Locale.FRENCH, new Theme("Très Haut Débit", new LocalizedLabel("THD", "VHS"))))
            .containsExactly("ne doit contenir que des lettres minuscules sans accent, des chiffres et des tirets simples");
    }

    @Test
    void aBadCodeIsExplainedInEnglish() {
        assertThat(messages(Locale.ENGLISH, new Theme("Très Haut Débit", new LocalizedLabel("THD", "VHS"))))
            .containsExactly("must contain only lower-case unaccented letters, digits and single hyphens");
    }

    private static Set<String> messages(Locale locale, Object bean) {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
            .buildValidatorFactory().getValidator();
        return validator.validate(bean).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
