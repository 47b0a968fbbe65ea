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
 * An absolute web address ({@code https://…} or {@code http://…}), at most 500 characters; {@code null} is valid.
 *
 * @since 0.1
 */
@Size(max = 500)
@Pattern(regexp = WebAddress.ABSOLUTE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
public @interface WebAddress {

    /** What an absolute public web address looks like. */
    String ABSOLUTE = "^https?://[^\\s<>\"]+$";

    /** An absolute address, or a path of the portal starting with a single {@code /}. */
    String ABSOLUTE_OR_PATH = ABSOLUTE + "|^/(?!/)[^\\s<>\"]*$";

    /** @return the message. */
    String message() default "{ruralitic.url.pattern}";

    /** @return the groups. */
    Class<?>[] groups() default {};

    /** @return the payload. */
    Class<? extends Payload>[] payload() default {};
}
