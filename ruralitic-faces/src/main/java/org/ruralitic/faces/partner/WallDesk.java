package org.ruralitic.faces.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.ruralitic.article.ArticleService;
import org.ruralitic.event.Edition;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.FieldErrors;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.partner.Partner;
import org.ruralitic.partner.PartnerEditing;
import org.ruralitic.partner.PartnerTier;
import org.ruralitic.partner.Sponsorship;

/**
 * Backs the wall of an edition in the back-office ({@code /ruralitic/admin/editions/<id>/partners}): its partners
 * tier by tier in the order of the public wall, each with buttons to move it up or down within its tier, to show it
 * in another tier or to take it off; and a form to add a partner to a tier, last of it.
 * <p>
 * Plain HTML forms posted to the page's own address ({@code action=add}, {@code up}, {@code down}, {@code tier},
 * {@code remove}): usable without JavaScript; the public wall shows each change at once. Cross-site posts never
 * reach here ({@link AdminFilter}).
 *
 * @since 0.3
 */
@Named("rtWallDesk")
@RequestScoped
public class WallDesk {

    private static final List<String> DONE = List.of("added", "moved", "removed");

    @Inject
    PartnerEditing editing;

    @Inject
    ArticleService articles;

    @Inject
    Staff staff;

    @Inject
    PageLocale locale;

    @Inject
    HttpServletRequest request;

    private boolean allowed;
    private Edition edition;
    private List<Edition> editions = List.of();
    private List<PartnerTier> tiers = List.of();
    private List<TierLine> lines = List.of();
    private String notice;
    private Long chosenPartner;
    private Long chosenTier;
    private final FieldErrors errors = new FieldErrors();
    private List<Partner> candidates;

    /** The view action: reads the wall, after running the button's action on a POST. */
    public void handle() {
        allowed = staff.isEditor();
        if (!allowed) {
            notice = AdminActions.denied(locale.getLocale());
            return;
        }
        editions = editing.editions(staff.getActor());
        Object id = request.getAttribute(AdminFilter.ID);
        edition = editions.stream().filter(candidate -> candidate.getId().equals(id)).findFirst().orElse(null);
        if (edition == null) {
            notice = AdminText.of(locale.getLocale(), "ruralitic.sponsorship.editionNotFound");
            return;
        }
        if ("POST".equals(request.getMethod()) && submitted()) {
            return;
        }
        String done = request.getParameter("done");
        if (done != null && DONE.contains(done)) {
            notice = AdminText.of(locale.getLocale(), "admin.wall.done." + done);
        }
        read();
    }

    /** @return whether the action succeeded and the page redirected. */
    private boolean submitted() {
        String action = Objects.requireNonNullElse(request.getParameter("action"), "");
        long id = DeskActions.number(request.getParameter("id"));
        int version = DeskActions.version(request.getParameter("version"));
        String done = switch (action) {
            case "add" -> {
                long partner = DeskActions.number(request.getParameter("partner"));
                long tier = DeskActions.number(request.getParameter("tier"));
                chosenPartner = partner;
                chosenTier = tier;
                if (partner < 0) {
                    errors.add("partner", AdminText.of(locale.getLocale(), "admin.wall.partner.required"));
                }
                if (tier < 0) {
                    errors.add("tier", AdminText.of(locale.getLocale(), "admin.wall.tier.required"));
                }
                yield errors.isEmpty() && DeskActions.act(() -> editing.sponsor(staff.getActor(), edition.getId(),
                    partner, tier), errors, locale.getLocale()).isPresent() ? "added" : null;
            }
            case "up", "down" -> DeskActions.act(() -> editing.moveSponsorship(staff.getActor(), id, version,
                "up".equals(action)), errors, locale.getLocale()).isPresent() ? "moved" : null;
            case "tier" -> DeskActions.act(() -> editing.changeTier(staff.getActor(), id, version,
                DeskActions.number(request.getParameter("tier"))), errors, locale.getLocale()).isPresent() ? "moved"
                    : null;
            case "remove" -> DeskActions.act(() -> {
                editing.withdraw(staff.getActor(), id, version);
                return id;
            }, errors, locale.getLocale()).isPresent() ? "removed" : null;
            default -> null;
        };
        if (done == null) {
            return false;
        }
        AdminActions.contentChanged(articles.nextScheduled().orElse(null));
        AdminActions.redirect(AdminFilter.BASE + "/editions/" + edition.getId() + "/partners?done=" + done);
        return true;
    }

    private void read() {
        tiers = editing.tiers(staff.getActor());
        Map<Long, List<Sponsorship>> byTier = new LinkedHashMap<>();
        tiers.forEach(tier -> byTier.put(tier.getId(), new ArrayList<>()));
        for (Sponsorship place : editing.sponsorships(staff.getActor(), edition.getId())) {
            byTier.computeIfAbsent(place.getTier().getId(), tier -> new ArrayList<>()).add(place);
        }
        lines = tiers.stream().map(tier -> new TierLine(tier, List.copyOf(byTier.get(tier.getId())))).toList();
    }

    /** @return the edition whose wall this is, or {@code null} when there is none. */
    public Edition getEdition() {
        return edition;
    }

    /** @return every edition, latest first, to open another wall. */
    public List<Edition> getEditions() {
        return editions;
    }

    /** @return every tier, in the order of the wall. */
    public List<PartnerTier> getTiers() {
        return tiers;
    }

    /** @return the wall, tier by tier, with the empty tiers. */
    public List<TierLine> getLines() {
        return lines;
    }

    /** @return the partners not on this wall yet, by name. */
    public List<Partner> getCandidates() {
        if (edition == null) {
            return List.of();
        }
        if (candidates != null) {
            return candidates;
        }
        List<Long> placed = lines.stream().flatMap(line -> line.places().stream())
            .map(place -> place.getPartner().getId()).toList();
        candidates = editing.partners(staff.getActor()).stream()
            .filter(partner -> !placed.contains(partner.getId())).toList();
        return candidates;
    }

    /** @return the partner chosen in the refused add form, or {@code null}. */
    public Long getChosenPartner() {
        return chosenPartner;
    }

    /** @return the tier chosen in the refused add form, or {@code null}. */
    public Long getChosenTier() {
        return chosenTier;
    }

    /** @return whether the user may edit walls. */
    public boolean isAllowed() {
        return allowed;
    }

    /** @return the outcome of the last action, or {@code null}. */
    public String getNotice() {
        return notice;
    }

    /** @return the errors of the forms. */
    public FieldErrors getErrors() {
        return errors;
    }

    /**
     * One tier of the wall being edited.
     *
     * @param tier the tier.
     * @param places its partners, in display order.
     * @since 0.3
     */
    public record TierLine(PartnerTier tier, List<Sponsorship> places) {
    }
}
