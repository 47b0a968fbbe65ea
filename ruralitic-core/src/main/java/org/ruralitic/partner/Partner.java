package org.ruralitic.partner;

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
import org.ruralitic.common.WebAddress;
import org.ruralitic.common.Slugs;

/**
 * An organisation that supports editions of the conference.
 *
 * @since 0.1
 */
@Entity
@Table(name = "rt_partner")
@NamedQuery(name = Partner.FIND_BY_SLUG, query = "SELECT p FROM Partner p WHERE p.slug = :slug")
public class Partner extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Named query: the partner of parameter {@code slug}. */
    public static final String FIND_BY_SLUG = "Partner.findBySlug";

    @Slug
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @WebAddress
    @Column(name = "website_url", length = 500)
    private String websiteUrl;

    @ImageAddress
    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Size(max = 300)
    @Column(name = "logo_alt", length = 300)
    private String logoAlt;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    protected Partner() {
    }

    /**
     * @param slug the stable slug.
     * @param name the name.
     */
    public Partner(String slug, String name) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.name = Objects.requireNonNull(name, "name is required");
    }

    /**
     * @param websiteUrl the partner's site, or {@code null}.
     * @param logoUrl its logo (absolute, or context-relative starting with {@code /}), or {@code null}.
     * @param logoAlt the logo's alternative text: the partner's name as the logo writes it.
     * @param description a sentence about the partner, or {@code null}.
     */
    public void present(String websiteUrl, String logoUrl, String logoAlt, String description) {
        this.websiteUrl = websiteUrl;
        this.logoUrl = logoUrl;
        this.logoAlt = logoAlt;
        this.description = description;
    }

    /**
     * Changes the name; the slug, and so the partner's address, stays.
     *
     * @param name the new name.
     * @since 0.3
     */
    public void rename(String name) {
        Objects.requireNonNull(name, "name is required");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = name;
    }

    /** @return the stable slug. */
    public String getSlug() {
        return slug;
    }

    /** @return the name. */
    public String getName() {
        return name;
    }

    /** @return the partner's site, or {@code null}. */
    public String getWebsiteUrl() {
        return websiteUrl;
    }

    /** @return the logo, or {@code null}. */
    public String getLogoUrl() {
        return logoUrl;
    }

    /** @return the logo's alternative text; the name when none was given. */
    public String getLogoAlt() {
        return logoAlt == null || logoAlt.isBlank() ? name : logoAlt;
    }

    /** @return the description, or {@code null}. */
    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return slug;
    }
}
