package org.ruralitic.common;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking of every RuraliTIC entity.
 * <p>
 * Identifiers come from one table generator: it behaves the same on EclipseLink and Hibernate and on H2 2.x,
 * PostgreSQL and MariaDB, where {@code IDENTITY} and sequences do not (see the README, "Persistence").
 *
 * @since 0.1
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @TableGenerator(name = "rt_ids", table = "rt_id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_value", pkColumnValue = "ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rt_ids")
    private Long id;

    @Version
    private int version;

    /** @return the database identifier, {@code null} until persisted. */
    public Long getId() {
        return id;
    }

    /** @return the optimistic-lock version. */
    public int getVersion() {
        return version;
    }
}
