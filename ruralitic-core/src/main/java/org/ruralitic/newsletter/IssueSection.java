package org.ruralitic.newsletter;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/**
 * One section of a newsletter issue: an optional heading and a text with inline formatting
 * ({@link org.ruralitic.text.Markdown}).
 *
 * @since 0.3
 */
public class IssueSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest text of a section. */
    public static final int MAX_TEXT = 10_000;

    @Size(max = 200, message = "{ruralitic.issue.heading.size}")
    private String heading;

    @Size(max = MAX_TEXT, message = "{ruralitic.issue.text.size}")
    private String text;

    /** An empty section (and for JSON-B). */
    public IssueSection() {
    }

    /**
     * @param heading the heading, or {@code null}.
     * @param text the text, or {@code null}.
     */
    public IssueSection(String heading, String text) {
        this.heading = heading;
        this.text = text;
    }

    /** @return whether it has neither heading nor text. */
    public boolean isEmpty() {
        return IssueDraft.blank(heading) && IssueDraft.blank(text);
    }

    /** @return the heading, or {@code null}. */
    public String getHeading() {
        return heading;
    }

    /** @param heading the heading. */
    public void setHeading(String heading) {
        this.heading = IssueDraft.clean(heading);
    }

    /** @return the text, or {@code null}. */
    public String getText() {
        return text;
    }

    /** @param text the text. */
    public void setText(String text) {
        this.text = IssueDraft.clean(text);
    }
}
