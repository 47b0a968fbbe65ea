package org.ruralitic.newsletter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A newsletter issue as the editor's form holds it, with the version it was read at (a save over someone else's
 * change is refused with {@link org.ruralitic.article.EditConflictException}). Blank texts are kept as {@code null}.
 *
 * @since 0.3
 */
public class IssueDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Most articles an issue lists. */
    public static final int MAX_ARTICLES = 10;

    /** Most sections of an issue. */
    public static final int MAX_SECTIONS = 30;

    private Long id;
    private int version;

    @NotBlank(message = "{ruralitic.issue.subject.required}")
    @Size(max = 200, message = "{ruralitic.issue.subject.size}")
    private String subject;

    @NotBlank(message = "{ruralitic.article.language.required}")
    @Pattern(regexp = "^(fr|en)$", message = "{ruralitic.language.pattern}")
    private String language = "fr";

    @Size(max = IssueSection.MAX_TEXT, message = "{ruralitic.issue.text.size}")
    private String intro;

    @Valid
    @Size(max = MAX_SECTIONS, message = "{ruralitic.issue.sections.size}")
    private List<IssueSection> sections = new ArrayList<>();

    @Min(value = 0, message = "{ruralitic.issue.articles.range}")
    @Max(value = MAX_ARTICLES, message = "{ruralitic.issue.articles.range}")
    private int latestArticles;

    private boolean nextEdition;

    /** An empty draft, in French. */
    public IssueDraft() {
    }

    /** Adds an empty section at the end. */
    public void addSection() {
        sections.add(new IssueSection());
    }

    /**
     * @param index the section to remove; ignored when out of range.
     */
    public void removeSection(int index) {
        if (index >= 0 && index < sections.size()) {
            sections.remove(index);
        }
    }

    /**
     * @param index the section to move one place up; ignored when out of range or first.
     */
    public void moveUp(int index) {
        if (index > 0 && index < sections.size()) {
            sections.add(index - 1, sections.remove(index));
        }
    }

    /** @return the sections that hold something, in order. */
    public List<IssueSection> filledSections() {
        return sections.stream().filter(section -> !section.isEmpty()).toList();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String clean(String value) {
        return blank(value) ? null : value.strip();
    }

    /** @return the identifier, {@code null} for a new issue. */
    public Long getId() {
        return id;
    }

    /** @param id the identifier. */
    public void setId(Long id) {
        this.id = id;
    }

    /** @return the version it was read at. */
    public int getVersion() {
        return version;
    }

    /** @param version the version it was read at. */
    public void setVersion(int version) {
        this.version = version;
    }

    /** @return the subject of the mail. */
    public String getSubject() {
        return subject;
    }

    /** @param subject the subject; line breaks become spaces (a mail header is one line). */
    public void setSubject(String subject) {
        this.subject = clean(subject == null ? null : subject.replaceAll("[\\r\\n\\t]+", " "));
    }

    /** @return {@code fr} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** @param language {@code fr} or {@code en}. */
    public void setLanguage(String language) {
        this.language = clean(language);
    }

    /** @return the introduction, with inline formatting, or {@code null}. */
    public String getIntro() {
        return intro;
    }

    /** @param intro the introduction. */
    public void setIntro(String intro) {
        this.intro = clean(intro);
    }

    /** @return the sections, in order. */
    public List<IssueSection> getSections() {
        return sections;
    }

    /** @param sections the sections. */
    public void setSections(List<IssueSection> sections) {
        this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
    }

    /** @return how many of the latest articles the issue lists (0 to {@value #MAX_ARTICLES}). */
    public int getLatestArticles() {
        return latestArticles;
    }

    /** @param latestArticles how many of the latest articles to list. */
    public void setLatestArticles(int latestArticles) {
        this.latestArticles = latestArticles;
    }

    /** @return whether the issue announces the featured edition's dates and place. */
    public boolean isNextEdition() {
        return nextEdition;
    }

    /** @param nextEdition whether to announce the featured edition. */
    public void setNextEdition(boolean nextEdition) {
        this.nextEdition = nextEdition;
    }
}
