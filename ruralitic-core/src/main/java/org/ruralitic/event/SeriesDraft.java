package org.ruralitic.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.Slugs;

/**
 * What the series form holds: a new series ({@code id} {@code null}) or a new name for one at {@code version}. The
 * code of an existing series, part of its addresses ({@code /ruralitic/series/<code>}), does not change.
 *
 * <h2>Usage</h2>
 * <pre>
 * Series assises = editing.saveSeries(actor, new SeriesDraft(null, 0, "assises", "Assises du numérique"));
 * </pre>
 *
 * @param id the series, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param code its code: lower-case letters, digits and single hyphens, such as {@code assises-du-numerique}.
 * @param name its name, such as "Assises du numérique".
 * @since 0.3
 */
public record SeriesDraft(Long id, int version,
    @NotBlank(message = "{ruralitic.series.code.required}")
    @Size(max = Slugs.MAX_LENGTH, message = "{ruralitic.series.code.size}")
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.series.code.pattern}") String code,
    @NotBlank(message = "{ruralitic.series.name.required}")
    @Size(max = Series.NAME_LENGTH, message = "{ruralitic.series.name.size}") String name) {

    /**
     * @param series a series.
     * @return the draft of its current state, for the form.
     */
    public static SeriesDraft of(Series series) {
        return new SeriesDraft(series.getId(), series.getVersion(), series.getCode(), series.getName());
    }
}
