package org.ruralitic.theme;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Slugs;

/**
 * A subject that articles, editions and sessions are filed under, such as "Inclusion numérique".
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_theme")
@NamedQuery(name = Theme.FIND_BY_CODE, query = "SELECT t FROM Theme t WHERE t.code = :code")
@NamedQuery(name = Theme.FIND_ALL, query = "SELECT t FROM Theme t ORDER BY t.code")
public class Theme extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the theme of parameter {@code code}. */
    public static final String FIND_BY_CODE = "Theme.findByCode";

    /** Named query: all themes by code. */
    public static final String FIND_ALL = "Theme.findAll";

    /** Longest code. */
    public static final int CODE_LENGTH = 40;

    @NotNull
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = Slugs.PATTERN, message = "{ruralitic.code.pattern}")
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Valid
    @NotNull
    @Embedded
    private LocalizedLabel label;

    protected Theme() {
    }

    /**
     * @param code the stable code, such as {@code inclusion-numerique}.
     * @param label the labels in French and English.
     */
    public Theme(String code, LocalizedLabel label) {
        this.code = Objects.requireNonNull(code, "code is required");
        this.label = Objects.requireNonNull(label, "label is required");
    }

    /**
     * @param label the new labels.
     */
    public void relabel(LocalizedLabel label) {
        this.label = Objects.requireNonNull(label, "label is required");
    }

    /**
     * @param themes themes as a persistence provider holds them.
     * @return them by code, unmodifiable: EclipseLink keeps a set in a hash set whatever its {@code @OrderBy}, so that
     *         without this each load (each render of a page) could list them in another order.
     */
    public static Set<Theme> byCode(Collection<Theme> themes) {
        Set<Theme> sorted = themes.stream().sorted(Comparator.comparing(Theme::getCode))
            .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(sorted);
    }

    /** @return the stable code. */
    public String getCode() {
        return code;
    }

    /** @return the labels. */
    public LocalizedLabel getLabel() {
        return label;
    }

    /**
     * @param locale the reader's locale.
     * @return the label in the reader's language.
     */
    public String labelIn(Locale locale) {
        return label.in(locale);
    }

    @Override
    public String toString() {
        return code;
    }
}
