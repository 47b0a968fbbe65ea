package org.ruralitic.faces.newsletter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.newsletter.NewsletterService;

/**
 * Tells the back-office whether the newsletter is open, and which settings the portal still has to give when it is
 * not: the sign-up form then says "not open yet" to visitors, and administrators should know why.
 *
 * @since 0.2
 */
@Named("rtNewsletterStatus")
@RequestScoped
public class NewsletterStatus {

    @Inject
    NewsletterService newsletter;

    /** @return the settings missing for people to sign up; empty when it is open. */
    public List<String> getMissing() {
        return newsletter.missingSettings();
    }

    /** @return the missing settings, comma-separated, for a sentence. */
    public String getMissingText() {
        return String.join(", ", getMissing());
    }
}
