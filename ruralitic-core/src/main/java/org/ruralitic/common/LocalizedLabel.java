package org.ruralitic.common;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A short label in French and English, the two languages of the library.
 *
 * @since 0.1
 */
@Embeddable
public class LocalizedLabel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest label. */
    public static final int MAX_LENGTH = 120;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(name = "label_fr", nullable = false, length = MAX_LENGTH)
    private String french;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(name = "label_en", nullable = false, length = MAX_LENGTH)
    private String english;

    protected LocalizedLabel() {
    }

    /**
     * @param french the French label.
     * @param english the English label.
     */
    public LocalizedLabel(String french, String english) {
        this.french = Objects.requireNonNull(french, "french is required");
        this.english = Objects.requireNonNull(english, "english is required");
    }

    /**
     * @param locale the reader's locale.
     * @return the English label for English readers, the French label for everyone else.
     */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : french;
    }

    /** @return the French label. */
    public String getFrench() {
        return french;
    }

    /** @return the English label. */
    public String getEnglish() {
        return english;
    }
}
