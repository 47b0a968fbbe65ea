package org.ruralitic.guard;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A secret key shared by every server of the portal, created on first use.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_secret")
public class Secret implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String name;

    @Column(name = "secret_value", nullable = false, length = 100)
    private String value;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Secret() {
    }

    /**
     * @param name what the secret is for.
     * @param value the key, Base64.
     * @param now the time of creation.
     */
    public Secret(String name, String value, Instant now) {
        this.name = Objects.requireNonNull(name, "name is required");
        this.value = Objects.requireNonNull(value, "value is required");
        this.createdAt = Objects.requireNonNull(now, "now is required");
    }

    /** @return what the secret is for. */
    public String getName() {
        return name;
    }

    /** @return the key, Base64. */
    public String getValue() {
        return value;
    }

    /** @return when it was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
