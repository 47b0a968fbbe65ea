package org.ruralitic.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Slugs;

/**
 * What the theme form holds: a new theme ({@code id} {@code null}) or a change to one at {@code version}. The code
 * of an existing theme, part of its address, does not change.
 *
 * @param id the theme, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param code the stable code, such as {@code inclusion-numerique}.
 * @param french the French label.
 * @param english the English label.
 * @since 0.3
 */
public record ThemeDraft(Long id, int version,
    @NotBlank(message = "{ruralitic.code.required}") @Size(max = Theme.CODE_LENGTH, message = "{ruralitic.code.size}")
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.code.pattern}") String code,
    @NotBlank(message = "{ruralitic.label.fr.required}")
    @Size(max = LocalizedLabel.MAX_LENGTH, message = "{ruralitic.label.size}") String french,
    @NotBlank(message = "{ruralitic.label.en.required}")
    @Size(max = LocalizedLabel.MAX_LENGTH, message = "{ruralitic.label.size}") String english) {

    /**
     * @param theme a theme.
     * @return the draft of its current state, for the form.
     */
    public static ThemeDraft of(Theme theme) {
        return new ThemeDraft(theme.getId(), theme.getVersion(), theme.getCode(), theme.getLabel().getFrench(),
            theme.getLabel().getEnglish());
    }
}
