package org.ruralitic.faces.backoffice;

/**
 * The numbers a back-office form posts back (an id, a version), read as what they are: text anyone may have written.
 *
 * @since 0.3
 */
public final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * @param value an id a form sent, possibly anything.
     * @return the id, or -1 (which no row has).
     */
    public static long id(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * @param value a version a form sent, possibly anything.
     * @return the version, or -1 (which no row has, so a save at it is refused as stale).
     */
    public static int version(String value) {
        long number = id(value);
        return number < 0 || number > Integer.MAX_VALUE ? -1 : (int) number;
    }
}
