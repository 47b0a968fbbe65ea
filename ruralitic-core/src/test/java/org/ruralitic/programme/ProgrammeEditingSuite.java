package org.ruralitic.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.article.EditConflictException;
import org.ruralitic.common.Fixture;
import org.ruralitic.event.Edition;

/**
 * Editing the programme on one database and provider: the warnings shown before a save, a session saved and changed
 * with a growing revision, and a speaker removed at their request with their sessions kept. Run by
 * {@code PersistenceSuite.ProgrammeEditing} on the demo content; every test removes what it created.
 */
public abstract class ProgrammeEditingSuite {

    private static final Actor EDITOR = Actor.of("marie", Role.EDITOR);
    private static final Actor AUTHOR = Actor.of("paul", Role.AUTHOR);
    private static final String EDITION = "ruralitic-2019";
    private static final String KNOWN = "presentation-sdun-cantal";

    private final Fixture fixture;

    protected ProgrammeEditingSuite(Fixture fixture) {
        this.fixture = fixture;
    }

    private ProgrammeSession known() {
        return fixture.inTransaction(services -> {
            Edition edition = services.editions().findBySlug(EDITION).orElseThrow();
            ProgrammeSession session = services.programme().findSession(edition, KNOWN).orElseThrow();
            session.getSpeakers().size();
            session.getEdition().getId();
            return session;
        });
    }

    private static SessionDraft at(ProgrammeSession other, LocalDate day, String title, String room,
        List<Long> speakers) {
        return new SessionDraft(null, 0, other.getEdition().getId(), title, "Un *atelier*", day,
            other.getStartLocal().toLocalTime(), other.getEndLocal().toLocalTime(), room, null, other.getFormat(),
            speakers);
    }

    @Test
    void theOutlineHoldsEverySessionByDayInAFewStatementsWhateverTheirNumber() {
        long id = fixture.inTransaction(services -> services.editions().findBySlug(EDITION).orElseThrow().getId());
        fixture.statements().reset();
        ProgrammeOutline outline = fixture.inTransaction(services -> {
            ProgrammeOutline read = services.programmeEditing().outline(EDITOR, id).orElseThrow();
            read.days().forEach(day -> day.sessions().forEach(session -> session.getSpeakers().size()));
            return read;
        });
        int statements = fixture.statements().count();
        assertThat(outline.edition().getSlug()).isEqualTo(EDITION);
        assertThat(outline.parts()).first().isEqualTo(outline.edition());
        assertThat(outline.sessionCount()).isEqualTo(26);
        assertThat(outline.days()).extracting(ProgrammeDay::day).isSorted();
        assertThat(statements).isLessThanOrEqualTo(6);
        Optional<ProgrammeOutline> none = fixture.inTransaction(services -> services.programmeEditing()
            .outline(EDITOR, -1));
        assertThat(none).isEmpty();
    }

    @Test
    void aSessionAtTheSameTimeInTheSameRoomWithTheSameSpeakerIsWarnedAbout() {
        ProgrammeSession other = known();
        List<Long> speakers = other.getSpeakers().stream().map(Speaker::getId).toList();
        String room = other.getRoom() == null ? null : " " + other.getRoom().toUpperCase() + " ";
        List<SessionWarning> warnings = fixture.inTransaction(services -> services.programmeEditing().check(EDITOR,
            at(other, other.day(), "Atelier en double", room, speakers)));
        assertThat(warnings).extracting(SessionWarning::kind).contains(SessionWarning.Kind.SPEAKER_BUSY)
            .doesNotContain(SessionWarning.Kind.OUTSIDE_EDITION);
        assertThat(warnings).filteredOn(warning -> warning.kind() == SessionWarning.Kind.SPEAKER_BUSY)
            .extracting(SessionWarning::otherSession).contains(other.getTitle());
        if (room != null) {
            assertThat(warnings).extracting(SessionWarning::kind).contains(SessionWarning.Kind.ROOM_TAKEN);
        }
    }

    @Test
    void aSessionElsewhereAndOutsideTheEditionsDaysIsWarnedAboutOnlyForItsDay() {
        ProgrammeSession other = known();
        List<SessionWarning> warnings = fixture.inTransaction(services -> services.programmeEditing().check(EDITOR,
            at(other, LocalDate.of(2019, 9, 15), "Atelier de septembre", "Salle introuvable", List.of())));
        assertThat(warnings).extracting(SessionWarning::kind).containsExactly(SessionWarning.Kind.OUTSIDE_EDITION);
    }

    @Test
    void anAuthorCannotEditTheProgramme() {
        ProgrammeSession other = known();
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.programmeEditing().check(AUTHOR,
            at(other, other.day(), "Atelier", null, List.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.inTransaction(services -> services.programmeEditing().save(AUTHOR,
            at(other, other.day(), "Atelier", null, List.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeSavedOnAStaleFormIsRefusedAndTheOtherEditorsChangeKept() {
        ProgrammeSession other = known();
        ProgrammeSession saved = fixture.inTransaction(services -> services.programmeEditing().save(EDITOR,
            at(other, LocalDate.of(2019, 8, 29), "Atelier disputé", null, List.of())));
        try {
            SessionDraft read = fixture.inTransaction(services -> services.programmeEditing().draft(EDITOR,
                saved.getId()));
            fixture.inTransaction(services -> services.programmeEditing().save(EDITOR, new SessionDraft(read.id(),
                read.version(), read.editionId(), "Atelier de Marie", read.summary(), read.day(), read.start(),
                read.end(), read.room(), read.trackId(), read.format(), read.speakerIds())));
            assertThatThrownBy(() -> fixture.inTransaction(services -> services.programmeEditing().save(EDITOR,
                new SessionDraft(read.id(), read.version(), read.editionId(), "Atelier de Paul", read.summary(),
                    read.day(), read.start(), read.end(), read.room(), read.trackId(), read.format(),
                    read.speakerIds())))).isInstanceOf(EditConflictException.class);
            assertThat(fixture.inTransaction(services -> services.programmeEditing().draft(EDITOR, saved.getId()))
                .title()).isEqualTo("Atelier de Marie");
        }
        finally {
            fixture.inTransaction(services -> {
                SessionDraft current = services.programmeEditing().draft(EDITOR, saved.getId());
                services.programmeEditing().delete(EDITOR, saved.getId(), current.version());
                return null;
            });
        }
    }

    @Test
    void aSpeakerRemovedAtTheirRequestIsGoneAndTheirSessionStaysWithANewRevision() {
        ProgrammeSession other = known();
        Speaker speaker = fixture.inTransaction(services -> services.programmeEditing().saveSpeaker(EDITOR,
            new SpeakerDraft(null, 0, "Camille Retrait", "Cheffe de projet", "Commune de Test", "Une *bio*", null)));
        ProgrammeSession saved = fixture.inTransaction(services -> services.programmeEditing().save(EDITOR,
            at(other, LocalDate.of(2019, 8, 29), "Atelier à retirer", "Salle de test", List.of(speaker.getId()))));
        try {
            SessionDraft read = fixture.inTransaction(services -> services.programmeEditing().draft(EDITOR,
                saved.getId()));
            assertThat(read.title()).isEqualTo("Atelier à retirer");
            assertThat(read.speakerIds()).containsExactly(speaker.getId());
            int before = read.version();

            int taken = fixture.inTransaction(services -> services.programmeEditing().removeSpeaker(EDITOR,
                speaker.getId()));

            assertThat(taken).isEqualTo(1);
            SessionDraft after = fixture.inTransaction(services -> services.programmeEditing().draft(EDITOR,
                saved.getId()));
            assertThat(after.speakerIds()).isEmpty();
            assertThat(after.version()).isGreaterThan(before);
            List<Speaker> speakers = fixture.inTransaction(services -> services.programmeEditing().speakers(EDITOR));
            assertThat(speakers).extracting(Speaker::getName).doesNotContain("Camille Retrait");
        }
        finally {
            fixture.inTransaction(services -> {
                SessionDraft current = services.programmeEditing().draft(EDITOR, saved.getId());
                services.programmeEditing().delete(EDITOR, saved.getId(), current.version());
                return null;
            });
        }
    }
}
