package org.ruralitic.faces.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.article.ArticleDraft;
import org.ruralitic.article.ArticleEditException;
import org.ruralitic.article.ArticleEditing;
import org.ruralitic.article.ArticleRevision;
import org.ruralitic.article.BlockDraft;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.faces.backoffice.AdminActions;
import org.ruralitic.faces.backoffice.AdminFilter;
import org.ruralitic.faces.backoffice.AdminText;
import org.ruralitic.faces.backoffice.Staff;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;

/**
 * Backs an article's history ({@code /ruralitic/admin/articles/<id>/history}): its revisions, newest first, two of
 * them compared field by field ({@code ?from=1&to=3}), and a button that restores one.
 *
 * @since 0.2
 */
@Named("rtArticleHistory")
@RequestScoped
public class ArticleHistory {

    @Inject
    ArticleEditing editing;

    @Inject
    Staff staff;

    @Inject
    Page page;

    @Inject
    PageLocale locale;

    private Long id;
    private List<ArticleRevision> revisions;
    private String message;

    /** @return the article's id, from the address or the form. */
    public Long getId() {
        if (id == null) {
            Object fromAddress = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(AdminFilter.ID);
            String fromForm = page.getParams().get("article");
            id = fromAddress != null ? (Long) fromAddress
                : fromForm != null && fromForm.matches("^[0-9]{1,18}$") ? Long.valueOf(fromForm) : null;
        }
        return id;
    }

    /** @return the revisions, newest first. */
    public List<ArticleRevision> getRevisions() {
        if (revisions == null) {
            revisions = getId() == null ? List.of() : editing.revisions(staff.getActor(), getId());
        }
        return revisions;
    }

    /** @return the current title, for the heading. */
    public String getTitle() {
        return getRevisions().isEmpty() ? "" : getRevisions().get(0).getTitle();
    }

    /** @return the older revision compared, by default the one before the newest. */
    public Optional<ArticleRevision> getFrom() {
        int asked = page.number("from", getRevisions().size() > 1 ? getRevisions().get(1).getNumber() : 1);
        return getRevisions().stream().filter(revision -> revision.getNumber() == asked).findFirst();
    }

    /** @return the newer revision compared, by default the newest. */
    public Optional<ArticleRevision> getTo() {
        int asked = page.number("to", getRevisions().isEmpty() ? 1 : getRevisions().get(0).getNumber());
        return getRevisions().stream().filter(revision -> revision.getNumber() == asked).findFirst();
    }

    /** @return the fields of the two compared revisions, changed ones marked. */
    public List<Difference> getDifferences() {
        if (getFrom().isEmpty() || getTo().isEmpty()) {
            return List.of();
        }
        ArticleDraft before = getFrom().get().draft();
        ArticleDraft after = getTo().get().draft();
        List<Difference> differences = new ArrayList<>();
        differences.add(new Difference("title", before.getTitle(), after.getTitle()));
        differences.add(new Difference("slug", before.getSlug(), after.getSlug()));
        differences.add(new Difference("lead", before.getLead(), after.getLead()));
        differences.add(new Difference("author", before.getAuthor(), after.getAuthor()));
        differences.add(new Difference("interviewee", before.getInterviewee(), after.getInterviewee()));
        differences.add(new Difference("intervieweeRole", before.getIntervieweeRole(), after.getIntervieweeRole()));
        differences.add(new Difference("language", before.getLanguage(), after.getLanguage()));
        differences.add(new Difference("edition", before.getEditionSlug(), after.getEditionSlug()));
        differences.add(new Difference("themes", String.join(", ", before.getThemeCodes()),
            String.join(", ", after.getThemeCodes())));
        differences.add(new Difference("imageUrl", before.getImageUrl(), after.getImageUrl()));
        int blocks = Math.max(before.getBlocks().size(), after.getBlocks().size());
        for (int i = 0; i < blocks; i++) {
            differences.add(new Difference("block", describe(before.getBlocks(), i), describe(after.getBlocks(), i),
                i + 1));
        }
        return differences;
    }

    private String describe(List<BlockDraft> blocks, int index) {
        if (index >= blocks.size()) {
            return null;
        }
        BlockDraft block = blocks.get(index);
        String kind = AdminText.of(locale.getLocale(), "admin.block." + block.getKind().name());
        StringBuilder text = new StringBuilder(kind).append(" : ");
        text.append(Objects.requireNonNullElse(block.getText(), ""));
        if (block.getAnswer() != null) {
            text.append(" — ").append(block.getAnswer());
        }
        if (block.getImageUrl() != null) {
            text.append(" [").append(block.getImageUrl()).append(']');
        }
        return text.toString();
    }

    /**
     * Makes a revision the article's content again (a button of the page's form).
     *
     * @param number the revision.
     */
    public void restore(int number) {
        try {
            int version = editing.find(staff.getActor(), getId()).map(found -> found.getVersion())
                .orElseThrow(() -> new ArticleEditException(ArticleEditException.NOT_FOUND, null));
            editing.restoreRevision(staff.getActor(), getId(), version, number);
            AdminActions.redirect(AdminFilter.BASE + "/articles/" + getId() + "?done=revision");
        }
        catch (EditConflictException | ArticleEditException | AccessDeniedException e) {
            message = AdminActions.messageOf(e, locale.getLocale(), refused -> refused instanceof ArticleEditException
                ? ((ArticleEditException) refused).getKey() : "admin.history.conflict");
        }
    }

    /** @return the outcome of a restore that failed, or {@code null}. */
    public String getMessage() {
        return message;
    }

    /**
     * One field of two revisions.
     *
     * @param field the field ({@code title}, {@code block}...).
     * @param before its value in the older revision.
     * @param after its value in the newer revision.
     * @param position the block's position, from 1, or 0 for a field.
     */
    public record Difference(String field, String before, String after, int position) {

        Difference(String field, String before, String after) {
            this(field, before, after, 0);
        }

        /** @return whether it changed. */
        public boolean isChanged() {
            return !Objects.equals(before, after);
        }
    }
}
