package org.ruralitic.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.AuditAction;
import org.ruralitic.access.AuditLog;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Persistence;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Settings;
import org.ruralitic.newsletter.NewsletterService;

/**
 * The public-sector pages: their text as an administrator wrote it, else a default text true of the library out of
 * the box. The default texts take the durations of the newsletter's settings (in words: "7 jours"), the publisher
 * from {@value #PUBLISHER} (else the sender's name of the newsletter), and what the library cannot know from the
 * other {@code legal.*} settings, shown until set as a placeholder naming the setting.
 * <p>
 * Only administrators change them; every change is audited, and a change made over someone else's newer one is
 * refused ({@link EditConflictException}).
 *
 * <h2>Usage</h2>
 * <pre>
 * LegalPage page = legal.page(LegalPageKind.PERSONAL_DATA, Locale.FRENCH);
 * String html = page.html(); // safe in a page
 * legal.save(administrator, LegalPageKind.LEGAL_NOTICE, Locale.FRENCH, text, page.version());
 * </pre>
 *
 * @since 0.3
 */
@ApplicationScoped
@Transactional
public class LegalPages {

    /** The body that publishes the site, such as "Département du Cantal" (default: the name in the mails' sender). */
    public static final String PUBLISHER = "legal.publisher";
    /** The publisher's postal address. */
    public static final String ADDRESS = "legal.address";
    /** Where to write to the publisher about accessibility and personal data: an email address or a page. */
    public static final String CONTACT = "legal.contact";
    /** The publication director: name and position. */
    public static final String DIRECTOR = "legal.director";
    /** The host: name, address and telephone number. */
    public static final String HOST = "legal.host";
    /** The data protection officer's contact details. */
    public static final String DPO = "legal.dpo";
    /** The site's address (default: {@code base.url}, else {@code newsletter.base.url}). */
    public static final String SITE = "legal.site";
    /** The date of the accessibility statement, as it should read. */
    public static final String STATEMENT_DATE = "legal.accessibility.date";
    /** The share of RGAA criteria an audit found met, in percent ({@code 87}); none while no audit was made. */
    public static final String RATE = "legal.accessibility.rate";
    /** Who made the RGAA audit, and when. */
    public static final String AUDIT = "legal.accessibility.audit";

    /** The subject type of the pages in the audit log. */
    public static final String SUBJECT = "legal-page";

    /** The languages of the pages. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    private static final String MAIL_FROM = "newsletter.mail.from";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Inject
    @Ruralitic
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** For CDI. */
    protected LegalPages() {
    }

    /**
     * @param entityManager the entity manager (outside a container).
     * @param clock the clock of the changes.
     * @param settings the settings of the default texts.
     * @param audit the audit log.
     */
    public LegalPages(EntityManager entityManager, Clock clock, Settings settings, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * @param kind the page.
     * @param locale the reader's locale: English, else French.
     * @return the page as it shows to anyone.
     */
    public LegalPage page(@NotNull LegalPageKind kind, Locale locale) {
        String language = LegalMessages.language(locale);
        return find(kind, language).map(LegalPages::of)
            .orElseGet(() -> defaultPage(kind, language));
    }

    /**
     * @param actor who asks: an administrator.
     * @return the three pages in both languages, French first, in one statement.
     * @throws AccessDeniedException for anyone else.
     */
    public List<LegalPage> pages(@NotNull Actor actor) {
        actor.require(Role.ADMINISTRATOR);
        Map<LegalPageKind, Map<String, LegalText>> edited = new EnumMap<>(LegalPageKind.class);
        for (LegalText text : entityManager.createQuery("SELECT t FROM LegalText t", LegalText.class)
            .getResultList()) {
            edited.computeIfAbsent(text.getKind(), kind -> new HashMap<>()).put(text.getLanguage(), text);
        }
        List<LegalPage> pages = new ArrayList<>();
        for (LegalPageKind kind : LegalPageKind.values()) {
            for (String language : LANGUAGES) {
                LegalText text = edited.getOrDefault(kind, Map.of()).get(language);
                pages.add(text == null ? defaultPage(kind, language) : of(text));
            }
        }
        return pages;
    }

    /**
     * @param kind the page.
     * @param locale the language: English, else French.
     * @return its default text, made from the settings now.
     */
    public String defaultText(@NotNull LegalPageKind kind, Locale locale) {
        String language = LegalMessages.language(locale);
        Map<String, String> values = values(language);
        Matcher matcher = PLACEHOLDER.matcher(template(kind, language));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /**
     * Saves an administrator's text of a page, which shows from now on instead of the default one.
     *
     * @param actor who writes: an administrator.
     * @param kind the page.
     * @param locale its language: English, else French.
     * @param body the text, in the inline formatting.
     * @param version the {@link LegalPage#version()} the form was made from.
     * @return the page as it now shows.
     * @throws LegalTextRefusal for an empty or too long text.
     * @throws EditConflictException when someone else saved or reset the page since.
     */
    public LegalPage save(@NotNull Actor actor, @NotNull LegalPageKind kind, Locale locale, String body,
        int version) {
        actor.require(Role.ADMINISTRATOR);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new LegalTextRefusal("admin.legal.error.empty");
        }
        if (text.length() > LegalText.MAX_LENGTH) {
            throw new LegalTextRefusal("admin.legal.error.tooLong");
        }
        String language = LegalMessages.language(locale);
        Optional<LegalText> existing = find(kind, language);
        checkVersion(existing, version);
        LegalText saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.rewrite(text, clock.instant(), actor.name());
            EditConflictException.flush(entityManager, clock.instant());
        }
        else {
            saved = new LegalText(kind, language, text, clock.instant(), actor.name());
            try {
                entityManager.persist(saved);
                entityManager.flush();
            }
            catch (PersistenceException anotherFirstSave) {
                // The unique page and language: another administrator's first text of it won.
                throw new EditConflictException("?", clock.instant(), -1, 0);
            }
        }
        audit.record(actor, AuditAction.EDIT, SUBJECT, saved.getId(), label(kind, language));
        return of(saved);
    }

    /**
     * Deletes the administrator's text of a page: its default text shows again.
     *
     * @param actor who does it: an administrator.
     * @param kind the page.
     * @param locale its language: English, else French.
     * @param version the {@link LegalPage#version()} the form was made from.
     * @return the page as it now shows.
     * @throws EditConflictException when someone else saved the page since.
     */
    public LegalPage reset(@NotNull Actor actor, @NotNull LegalPageKind kind, Locale locale, int version) {
        actor.require(Role.ADMINISTRATOR);
        String language = LegalMessages.language(locale);
        Optional<LegalText> existing = find(kind, language);
        checkVersion(existing, version);
        if (existing.isPresent()) {
            entityManager.remove(existing.get());
            EditConflictException.flush(entityManager, clock.instant());
            audit.record(actor, AuditAction.RESTORE, SUBJECT, existing.get().getId(), label(kind, language));
        }
        return defaultPage(kind, language);
    }

    private void checkVersion(Optional<LegalText> existing, int version) {
        int current = existing.map(LegalText::getVersion).orElse(LegalPage.NOT_EDITED);
        if (current != version) {
            throw new EditConflictException(existing.map(LegalText::getUpdatedBy).orElse("?"),
                existing.map(LegalText::getUpdatedAt).orElse(clock.instant()), current, 0);
        }
    }

    private Optional<LegalText> find(LegalPageKind kind, String language) {
        return Persistence.single(entityManager.createNamedQuery(LegalText.FIND, LegalText.class)
            .setParameter("kind", kind).setParameter("language", language));
    }

    private LegalPage defaultPage(LegalPageKind kind, String language) {
        return new LegalPage(kind, language, defaultText(kind, Locale.forLanguageTag(language)), false,
            LegalPage.NOT_EDITED, null, null);
    }

    private static LegalPage of(LegalText text) {
        return new LegalPage(text.getKind(), text.getLanguage(), text.getBody(), true, text.getVersion(),
            text.getUpdatedAt(), text.getUpdatedBy());
    }

    private static String label(LegalPageKind kind, String language) {
        return kind.slug() + " (" + language + ")";
    }

    /** The values of the templates' placeholders in one language. */
    private Map<String, String> values(String language) {
        Map<String, String> values = new HashMap<>();
        values.put("publisher", settings.get(PUBLISHER).or(this::senderName)
            .orElseGet(() -> LegalMessages.todo(language, "publisher", PUBLISHER)));
        String site = settings.get(SITE).or(() -> settings.get("base.url"))
            .or(() -> settings.get(NewsletterService.BASE_URL))
            .orElseGet(() -> LegalMessages.todo(language, "site", SITE));
        values.put("site", site);
        values.put("address", setting(ADDRESS, "address", language));
        values.put("contact", setting(CONTACT, "contact", language));
        values.put("director", setting(DIRECTOR, "director", language));
        values.put("host", setting(HOST, "host", language));
        values.put("dpo", setting(DPO, "dpo", language));
        values.put("statementDate", setting(STATEMENT_DATE, "statementDate", language));
        values.put("tokenLifetime", LegalMessages.inWords(NewsletterService.tokenLifetime(settings), language));
        values.put("outboxRetention", LegalMessages.inWords(NewsletterService.outboxRetention(settings), language));
        Optional<Integer> rate = rate();
        if (rate.isEmpty()) {
            values.put("conformity", LegalMessages.text(language, "legal.conformity.none", site));
            values.put("results", LegalMessages.text(language, "legal.results.none"));
            values.put("nonConformities", "");
        }
        else {
            Conformity conformity = Conformity.of(rate.get());
            String level = conformity == Conformity.FULLY_COMPLIANT ? "full"
                : conformity == Conformity.PARTIALLY_COMPLIANT ? "partial" : "low";
            values.put("conformity", LegalMessages.text(language, "legal.conformity." + level, site));
            values.put("results", LegalMessages.text(language, "legal.results.audit",
                setting(AUDIT, "audit", language), rate.get()));
            String todo = LegalMessages.text(language, "legal.todo.nonConformities");
            values.put("nonConformities", conformity == Conformity.FULLY_COMPLIANT ? ""
                : LegalMessages.text(language, "legal.todo.edit", todo));
        }
        return values;
    }

    /**
     * @return the site's conformity with the RGAA from {@value #RATE}: not compliant while no audit was made; what
     *     the footer's link to the statement says. Read on every page: no transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Conformity conformity() {
        return rate().map(Conformity::of).orElse(Conformity.NOT_COMPLIANT);
    }

    private Optional<Integer> rate() {
        return settings.get(RATE).map(value -> value.replace("%", "").strip())
            .filter(value -> value.matches("[0-9]{1,3}")).map(Integer::valueOf).filter(value -> value <= 100);
    }

    private String setting(String name, String what, String language) {
        return settings.get(name).orElseGet(() -> LegalMessages.todo(language, what, name));
    }

    /** @return the name in {@code newsletter.mail.from}, such as "Département du Cantal". */
    private Optional<String> senderName() {
        return settings.get(MAIL_FROM).filter(from -> from.indexOf('<') > 0)
            .map(from -> from.substring(0, from.indexOf('<')).strip().replaceAll("^\"|\"$", "").strip())
            .filter(name -> !name.isEmpty());
    }

    private static String template(LegalPageKind kind, String language) {
        String name = "org/ruralitic/legal/" + kind.slug() + "_" + language + ".md";
        try (InputStream in = LegalPages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
