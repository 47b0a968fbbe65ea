package org.ruralitic.access;

/**
 * Thrown by a service when its actor lacks the role an action needs: the page answers 403.
 *
 * @since 0.2
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Role required;

    /**
     * @param actor who asked.
     * @param required the role the action needs.
     */
    public AccessDeniedException(Actor actor, Role required) {
        super("Role " + required + " required; " + (actor.isAnonymous() ? "nobody is signed in" : "not granted"));
        this.required = required;
    }

    /** @return the role the action needs. */
    public Role getRequired() {
        return required;
    }
}
