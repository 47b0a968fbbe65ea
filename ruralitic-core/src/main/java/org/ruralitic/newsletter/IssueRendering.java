package org.ruralitic.newsletter;

/**
 * What an issue mails and shows, rendered once when its send starts. The mail's HTML and text carry the placeholders
 * {@value #UNSUBSCRIBE} (each recipient's own unsubscribe link) and nothing else personal; the web version is the
 * archive's, with nobody's data.
 *
 * @param html the mail's HTML, a whole document with inline styles.
 * @param text the mail's plain-text alternative.
 * @param web the body of the web version, an HTML fragment.
 * @since 0.3
 */
public record IssueRendering(String html, String text, String web) {

    /** Where each recipient's unsubscribe link goes; no text of an issue can produce it (escaped {@code {}}). */
    public static final String UNSUBSCRIBE = "{{rt-unsubscribe}}";

    /**
     * @param unsubscribeUrl the recipient's unsubscribe link.
     * @return the HTML for that recipient.
     */
    public String htmlFor(String unsubscribeUrl) {
        return html.replace(UNSUBSCRIBE, org.ruralitic.text.Html.escape(unsubscribeUrl));
    }

    /**
     * @param unsubscribeUrl the recipient's unsubscribe link.
     * @return the text for that recipient.
     */
    public String textFor(String unsubscribeUrl) {
        return text.replace(UNSUBSCRIBE, unsubscribeUrl);
    }
}
