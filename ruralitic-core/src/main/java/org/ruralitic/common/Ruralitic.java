package org.ruralitic.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * Qualifies the beans RuraliTIC produces for its own use (such as its {@link java.time.Clock}), so that they never
 * clash with a portal's own producers of the same types.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;Inject &#64;Ruralitic Clock clock;
 * </pre>
 *
 * @since 0.1
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ TYPE, METHOD, FIELD, PARAMETER })
public @interface Ruralitic {
}
