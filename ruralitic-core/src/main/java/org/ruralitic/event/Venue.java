package org.ruralitic.event;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where an edition takes place.
 *
 * @since 0.1
 */
@Embeddable
public class Venue implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @Column(name = "venue_name", nullable = false, length = 200)
    private String name;

    @Size(max = 200)
    @Column(name = "venue_street", length = 200)
    private String street;

    @Size(max = 20)
    @Column(name = "venue_postal_code", length = 20)
    private String postalCode;

    @NotBlank
    @Size(max = 120)
    @Column(name = "venue_city", nullable = false, length = 120)
    private String city;

    @Size(max = 120)
    @Column(name = "venue_department", length = 120)
    private String department;

    @Size(max = 120)
    @Column(name = "venue_region", length = 120)
    private String region;

    @NotBlank
    @Pattern(regexp = "^[A-Z]{2}$", message = "{ruralitic.country.pattern}")
    @Column(name = "venue_country", nullable = false, length = 2)
    private String country;

    @DecimalMin("-90") @DecimalMax("90")
    @Column(name = "venue_latitude")
    private Double latitude;

    @DecimalMin("-180") @DecimalMax("180")
    @Column(name = "venue_longitude")
    private Double longitude;

    protected Venue() {
    }

    /**
     * @param name the name of the place, such as "Centre des Congrès d'Aurillac".
     * @param street the street address.
     * @param postalCode the postal code.
     * @param city the city.
     * @param department the département (or county).
     * @param region the region.
     * @param country the ISO 3166 alpha-2 country code, such as {@code FR}.
     * @param latitude the WGS 84 latitude, or {@code null}.
     * @param longitude the WGS 84 longitude, or {@code null}.
     */
    public Venue(String name, String street, String postalCode, String city, String department, String region,
        String country, Double latitude, Double longitude) {
        this.name = Objects.requireNonNull(name, "name is required");
        this.street = street;
        this.postalCode = postalCode;
        this.city = Objects.requireNonNull(city, "city is required");
        this.department = department;
        this.region = region;
        this.country = Objects.requireNonNull(country, "country is required");
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** @return the name of the place. */
    public String getName() {
        return name;
    }

    /** @return the street address. */
    public String getStreet() {
        return street;
    }

    /** @return the postal code. */
    public String getPostalCode() {
        return postalCode;
    }

    /** @return the city. */
    public String getCity() {
        return city;
    }

    /** @return the département. */
    public String getDepartment() {
        return department;
    }

    /** @return the region. */
    public String getRegion() {
        return region;
    }

    /** @return the ISO 3166 alpha-2 country code. */
    public String getCountry() {
        return country;
    }

    /**
     * @param locale the reader's locale.
     * @return the country's name in the reader's language, such as "France".
     */
    public String countryName(Locale locale) {
        return new Locale("", country).getDisplayCountry(locale);
    }

    /** @return the latitude, or {@code null}. */
    public Double getLatitude() {
        return latitude;
    }

    /** @return the longitude, or {@code null}. */
    public Double getLongitude() {
        return longitude;
    }
}
