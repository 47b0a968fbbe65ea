package org.ruralitic.faces.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.EditRefusal;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.FormNumbers;
import org.ruralitic.faces.backoffice.Validators;

/**
 * What the desks of partners, tiers, walls and themes share: a service call whose refusals become messages tied to
 * their field, a draft validated in the user's language, and the numbers a form sends.
 */
final class DeskActions {

    private DeskActions() {
    }

    /**
     * @param action the service call.
     * @param errors where refusals go, tied to their field.
     * @param locale the user's locale.
     * @return its result; empty when refused.
     */
    static <T> Optional<T> act(Supplier<T> action, FieldErrors errors, Locale locale) {
        try {
            return Optional.of(action.get());
        }
        catch (EditConflictException e) {
            errors.add(null, AdminText.of(locale, "admin.partners.conflict"));
        }
        catch (EditRefusal e) {
            errors.add(e.getField(), AdminText.of(locale, e.getKey()));
        }
        catch (AccessDeniedException e) {
            errors.add(null, AdminActions.denied(locale));
        }
        return Optional.empty();
    }

    /**
     * @param validation the container's validator factory.
     * @param locale the user's locale.
     * @param draft a draft record.
     * @param fields its fields in the order of the form.
     * @param errors where violations go, tied to their field, in the order of the form.
     */
    static <T> void validate(ValidatorFactory validation, Locale locale, T draft, List<String> fields,
        FieldErrors errors) {
        Validators.in(validation, locale).validate(draft).stream()
            .sorted(Comparator.comparing((ConstraintViolation<T> violation) -> order(fields, violation)))
            .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
    }

    private static int order(List<String> fields, ConstraintViolation<?> violation) {
        int index = fields.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? fields.size() : index;
    }

    /**
     * @param value a number a form sent, possibly anything.
     * @return the number, or -1.
     */
    static long number(String value) {
        return FormNumbers.id(value);
    }

    /**
     * @param value a version a form sent, possibly anything.
     * @return the version, or -1 (which no row has, so a save at it is refused as stale).
     */
    static int version(String value) {
        return FormNumbers.version(value);
    }
}
