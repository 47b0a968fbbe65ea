package org.ruralitic.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A slug of an address or a stable code: lower-case ASCII words joined by single hyphens, at most
 * {@value Slugs#MAX_LENGTH} characters, required.
 *
 * @since 0.1
 */
@NotNull
@Size(max = Slugs.MAX_LENGTH)
@Pattern(regexp = Slugs.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
public @interface Slug {

    /** @return the message. */
    String message() default "{ruralitic.slug.pattern}";

    /** @return the groups. */
    Class<?>[] groups() default {};

    /** @return the payload. */
    Class<? extends Payload>[] payload() default {};
}
