package org.ruralitic.faces.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AuditAction;

class AdminTextTest {

    @Test
    void everyActionOfTheAuditLogIsNamedInFrenchAndEnglish() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(AdminText.BUNDLE, locale);
            for (AuditAction action : AuditAction.values()) {
                assertThat(bundle.containsKey("admin.action." + action)).as(action + " in " + locale).isTrue();
            }
        }
    }

    @Test
    void theFrenchAndEnglishBundlesHaveTheSameKeys() {
        ResourceBundle french = ResourceBundle.getBundle(AdminText.BUNDLE, Locale.FRENCH);
        ResourceBundle english = ResourceBundle.getBundle(AdminText.BUNDLE, Locale.ENGLISH);
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
    }
}
