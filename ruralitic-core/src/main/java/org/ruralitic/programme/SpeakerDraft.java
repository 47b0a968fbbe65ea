package org.ruralitic.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruralitic.common.ImageAddress;

/**
 * What the speaker form holds: a new speaker ({@code id} {@code null}) or a change to one at {@code version}.
 *
 * @param id the speaker, or {@code null} for a new one.
 * @param version the version the form was read at.
 * @param name the name.
 * @param role the role, or {@code null}.
 * @param organisation the organisation, or {@code null}.
 * @param bio a short biography with inline formatting, or {@code null}.
 * @param photoUrl a portrait from the media library, or {@code null}.
 * @since 0.3
 */
public record SpeakerDraft(Long id, int version, @NotBlank(message = "{ruralitic.speaker.name}") @Size(max = 120) String name,
    @Size(max = 160) String role, @Size(max = 160) String organisation, @Size(max = 4000) String bio,
    @ImageAddress String photoUrl) {

    /**
     * @param speaker a speaker.
     * @return the draft of their current state, for the form.
     */
    public static SpeakerDraft of(Speaker speaker) {
        return new SpeakerDraft(speaker.getId(), speaker.getVersion(), speaker.getName(), speaker.getRole(),
            speaker.getOrganisation(), speaker.getBio(), speaker.getPhotoUrl());
    }
}
