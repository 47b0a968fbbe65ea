package org.ruralitic.access;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ruralitic.common.BaseEntity;

/**
 * One line of the audit log: who did what to which item, when. Entries are never changed.
 *
 * @since 0.2
 */
@Entity
@Table(name = "rt_audit")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_label", length = 200)
    private String subjectLabel;

    protected AuditEntry() {
    }

    /**
     * @param occurredAt when.
     * @param actor who (user name).
     * @param action what.
     * @param subjectType the kind of item, such as {@code article}.
     * @param subjectId its identifier, or {@code null}.
     * @param subjectLabel its title as it was then, cut to 200 characters.
     */
    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String subjectType, Long subjectId,
        String subjectLabel) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt is required");
        this.actor = Objects.requireNonNull(actor, "actor is required");
        this.action = Objects.requireNonNull(action, "action is required");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType is required");
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel == null || subjectLabel.length() <= 200 ? subjectLabel
            : subjectLabel.substring(0, 200);
    }

    /** @return when it happened. */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** @return who did it. */
    public String getActor() {
        return actor;
    }

    /** @return what was done. */
    public AuditAction getAction() {
        return action;
    }

    /** @return the kind of item. */
    public String getSubjectType() {
        return subjectType;
    }

    /** @return the item's identifier, or {@code null}. */
    public Long getSubjectId() {
        return subjectId;
    }

    /** @return the item's title at the time. */
    public String getSubjectLabel() {
        return subjectLabel;
    }
}
