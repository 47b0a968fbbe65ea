package org.ruralitic.programme;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.BaseEntity;
import org.ruralitic.common.ImageAddress;
import org.ruralitic.common.Slug;
import org.ruralitic.common.Slugs;

/**
 * Someone who speaks in sessions of the programme.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_speaker")
@NamedQuery(name = Speaker.FIND_BY_SLUG, query = "SELECT s FROM Speaker s WHERE s.slug = :slug")
public class Speaker extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the speaker of parameter {@code slug}. */
    public static final String FIND_BY_SLUG = "Speaker.findBySlug";

    @Slug
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 160)
    @Column(length = 160)
    private String role;

    @Size(max = 160)
    @Column(length = 160)
    private String organisation;

    @Size(max = 4000)
    @Column(length = 4000)
    private String bio;

    @ImageAddress
    @Column(name = "photo_url", length = 500)
    private String photoUrl;

    protected Speaker() {
    }

    /**
     * @param slug the slug of the speaker's URLs.
     * @param name the speaker's name.
     */
    public Speaker(String slug, String name) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.name = Objects.requireNonNull(name, "name is required");
    }

    /**
     * @param role the role, such as "Vice-présidente".
     * @param organisation the organisation, such as "Département du Cantal".
     * @param bio a short biography.
     * @param photoUrl a portrait (absolute, or context-relative starting with {@code /}), or {@code null}.
     */
    public void present(String role, String organisation, String bio, String photoUrl) {
        this.role = role;
        this.organisation = organisation;
        this.bio = bio;
        this.photoUrl = photoUrl;
    }

    /**
     * @param newName the speaker's name, as they want it shown.
     */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name is required");
    }

    /** @return the slug of the speaker's URLs. */
    public String getSlug() {
        return slug;
    }

    /** @return the name. */
    public String getName() {
        return name;
    }

    /** @return the role, or {@code null}. */
    public String getRole() {
        return role;
    }

    /** @return the organisation, or {@code null}. */
    public String getOrganisation() {
        return organisation;
    }

    /** @return the biography, or {@code null}. */
    public String getBio() {
        return bio;
    }

    /** @return the portrait, or {@code null}. */
    public String getPhotoUrl() {
        return photoUrl;
    }

    @Override
    public String toString() {
        return slug;
    }
}
