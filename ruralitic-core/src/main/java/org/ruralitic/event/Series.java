package org.ruralitic.event;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.Slug;
import org.ruralitic.common.Slugs;

/**
 * A conference series a portal runs, such as RuraliTIC or a yearly "Assises du numérique", with its editions and
 * their archive. One series is the portal's main one: its featured edition is the home page's, and editions recorded
 * without a series belong to it. The schema migration creates it, code {@value #MAIN_CODE}.
 *
 * @since 0.3
 */
@Entity
@Table(name = "rt_series")
@NamedQuery(name = Series.FIND_ALL, query = "SELECT s FROM Series s ORDER BY s.main DESC, s.name")
@NamedQuery(name = Series.FIND_BY_CODE, query = "SELECT s FROM Series s WHERE s.code = :code")
public class Series extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: every series, the main one first, then by name. */
    public static final String FIND_ALL = "Series.findAll";
    /** Named query: the series of parameter {@code code}. */
    public static final String FIND_BY_CODE = "Series.findByCode";
    /** The code of the main series the schema migration creates. */
    public static final String MAIN_CODE = "ruralitic";
    /** The longest name. */
    public static final int NAME_LENGTH = 200;

    @Slug
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "is_main", nullable = false)
    private boolean main;

    protected Series() {
    }

    /**
     * A series that is not the main one.
     *
     * @param code its code, the slug of its addresses, such as {@code assises-du-numerique}.
     * @param name its name, such as "Assises du numérique".
     */
    public Series(String code, String name) {
        this.code = Objects.requireNonNull(code, "code is required");
        this.name = Objects.requireNonNull(name, "name is required");
    }

    /** @return its code, the slug of its addresses. */
    public String getCode() {
        return code;
    }

    /** @return its name. */
    public String getName() {
        return name;
    }

    /**
     * Renames the series; its code, part of its addresses, stays.
     *
     * @param newName its new name, such as "Assises du numérique rural".
     * @since 0.3
     */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name is required");
    }

    /** @return whether it is the portal's main series. */
    public boolean isMain() {
        return main;
    }

    @Override
    public String toString() {
        return code;
    }
}
