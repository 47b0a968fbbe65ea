package org.ruralitic.newsletter;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Says once, when the portal is deployed, which settings the newsletter still needs: until they are given, the
 * sign-up form tells visitors that the newsletter is not open yet instead of taking addresses it cannot mail.
 *
 * @since 0.1
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NewsletterStartup {

    private static final Logger LOGGER = System.getLogger(NewsletterStartup.class.getName());
    private static final String NOT_OPEN = "RuraliTIC newsletter is not open: missing setting(s) {0}. The sign-up form "
        + "says so until they are given (see the README, Newsletter).";

    @Inject
    NewsletterService newsletter;

    @PostConstruct
    void check() {
        List<String> missing = newsletter.missingSettings();
        if (!missing.isEmpty()) {
            LOGGER.log(Level.WARNING, NOT_OPEN, String.join(", ", missing));
        }
    }
}
