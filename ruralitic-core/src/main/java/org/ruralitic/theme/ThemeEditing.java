package org.ruralitic.theme;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;

/**
 * The back-office of themes: editors create them and change their French and English labels; a theme's code, part
 * of its public address, stays. Every change is audited and refused over a concurrent one.
 *
 * <h2>Usage</h2>
 * <pre>
 * Theme theme = editing.save(actor, new ThemeDraft(null, 0, "mobilite", "Mobilité", "Mobility"));
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class ThemeEditing {

    /** The subject type of themes in the audit log. */
    public static final String THEME = "theme";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected ThemeEditing() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the changes.
     * @param audit the audit log.
     */
    public ThemeEditing(EntityManager entityManager, Clock clock, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param actor who asks: an editor.
     * @return every theme, by code.
     */
    public List<Theme> themes(@NotNull Actor actor) {
        actor.require(Role.EDITOR);
        return entityManager.createNamedQuery(Theme.FIND_ALL, Theme.class).getResultList();
    }

    /**
     * @param actor who asks: an editor.
     * @param id a theme.
     * @return its draft, for the form, or {@code null} when there is none.
     */
    public ThemeDraft draft(@NotNull Actor actor, long id) {
        actor.require(Role.EDITOR);
        Theme theme = entityManager.find(Theme.class, id);
        return theme == null ? null : ThemeDraft.of(theme);
    }

    /**
     * Creates a theme, or relabels one (its code stays).
     *
     * @param actor who saves: an editor.
     * @param draft the theme as the form holds it.
     * @return the saved theme.
     * @throws ThemeEditException when another theme has the code, or the theme is gone.
     * @throws EditConflictException when someone else changed it since the form was read.
     */
    public Theme save(@NotNull Actor actor, @NotNull @Valid ThemeDraft draft) {
        actor.require(Role.EDITOR);
        LocalizedLabel label = new LocalizedLabel(draft.french().strip(), draft.english().strip());
        Theme theme;
        boolean created = draft.id() == null;
        if (created) {
            String code = draft.code().strip();
            if (!Persistence.single(entityManager.createNamedQuery(Theme.FIND_BY_CODE, Theme.class)
                .setParameter("code", code)).isEmpty()) {
                throw new ThemeEditException(ThemeEditException.CODE_TAKEN, "code");
            }
            theme = new Theme(code, label);
            entityManager.persist(theme);
        }
        else {
            theme = entityManager.find(Theme.class, draft.id());
            if (theme == null) {
                throw new ThemeEditException(ThemeEditException.NOT_FOUND, null);
            }
            if (theme.getVersion() != draft.version()) {
                throw new EditConflictException("?", clock.instant(), theme.getVersion(), 0);
            }
            theme.relabel(label);
        }
        EditConflictException.flush(entityManager, clock.instant());
        audit.record(actor, created ? AuditAction.CREATE : AuditAction.EDIT, THEME, theme.getId(),
            theme.getLabel().getFrench());
        return theme;
    }
}
