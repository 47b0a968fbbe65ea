package org.ruralitic.theme;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.common.LocalizedLabel;
import org.ruralitic.common.Persistence;

/**
 * Reads and defines themes.
 *
 * @since 0.1
 */
@ApplicationScoped
@Transactional
public class ThemeService {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    /** For CDI. */
    protected ThemeService() {
    }

    /**
     * @param entityManager the entity manager to work with (outside a container).
     */
    public ThemeService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return all themes, by code. */
    public List<Theme> findAll() {
        return entityManager.createNamedQuery(Theme.FIND_ALL, Theme.class).getResultList();
    }

    /**
     * @param code a theme code, possibly from a URL.
     * @return the theme, if there is one with that code.
     */
    public Optional<Theme> findByCode(String code) {
        return Persistence.single(entityManager.createNamedQuery(Theme.FIND_BY_CODE, Theme.class).setParameter("code", code));
    }

    /**
     * Creates the theme, or relabels it when its code exists.
     *
     * @param code the code.
     * @param label the labels.
     * @return the managed theme.
     */
    public Theme define(@NotNull String code, @NotNull @Valid LocalizedLabel label) {
        Optional<Theme> existing = findByCode(code);
        if (existing.isPresent()) {
            existing.get().relabel(label);
            return existing.get();
        }
        Theme theme = new Theme(code, label);
        return Persistence.save(entityManager, theme);
    }
}
