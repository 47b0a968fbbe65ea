package org.ruralitic.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Instant} as a UTC date-time without zone.
 * <p>
 * Jakarta Persistence 3.1 has no {@code Instant}, and zone-aware column types differ on H2, PostgreSQL and MariaDB;
 * a UTC {@code TIMESTAMP}/{@code DATETIME} reads back the same on both providers and all three databases.
 *
 * @since 0.1
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
