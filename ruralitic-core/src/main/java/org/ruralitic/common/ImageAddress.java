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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The address of an image or a logo: absolute ({@code https://…}) or a path of the portal ({@code /logos/x.svg},
 * which pages resolve against their context), at most 500 characters; {@code null} is valid.
 *
 * @since 0.1
 */
@Size(max = 500)
@Pattern(regexp = WebAddress.ABSOLUTE_OR_PATH)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
public @interface ImageAddress {

    /** @return the message. */
    String message() default "{ruralitic.url.pattern}";

    /** @return the groups. */
    Class<?>[] groups() default {};

    /** @return the payload. */
    Class<? extends Payload>[] payload() default {};
}
