package org.ruralitic.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ruralitic.mail.OutgoingMail;

class IssueMailTest {

    private static final IssueMail.Look LOOK = new IssueMail.Look("La lettre du Cantal", "#aa0000",
        "https://www.cantal.fr", ZoneId.of("Europe/Paris"));

    private static IssueDraft hostile() {
        IssueDraft draft = new IssueDraft();
        draft.setId(42L);
        draft.setSubject("Nouvelles <script>alert(1)</script>");
        draft.setIntro("Bonjour *à tous* : [le programme](https://www.cantal.fr/programme)"
            + " et [ceci](javascript:alert(2)) <img src=x onerror=alert(3)> {{rt-unsubscribe}}");
        draft.addSection();
        draft.getSections().get(0).setHeading("Titre <b>gras</b>");
        draft.getSections().get(0).setText("- un\n- deux");
        draft.addSection(); // empty: left out
        return draft;
    }

    @Test
    void editorsTextIsEscapedOrFormattedThroughTheAllowListAlone() {
        IssueRendering rendering = IssueMail.render(hostile(), List.of(), null, LOOK);
        for (String html : List.of(rendering.html(), rendering.web())) {
            assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .doesNotContain("<b>").contains("<em>à tous</em>").contains("href=\"https://www.cantal.fr/programme\"")
                .contains("<li>un</li>").contains("Titre &lt;b&gt;gras&lt;/b&gt;");
        }
        // The web version's page shows the subject itself, escaped by Faces.
        assertThat(rendering.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("La lettre du Cantal").contains("background:#aa0000")
            .contains("https://www.cantal.fr/ruralitic/newsletter/archive/42");
    }

    @Test
    void theWebVersionHasNoInlineStyleNorAnyoneLinks() {
        IssueRendering rendering = IssueMail.render(hostile(), List.of(), null, LOOK);
        assertThat(rendering.web()).doesNotContain("style=").doesNotContain(IssueRendering.UNSUBSCRIBE)
            .doesNotContain("unsubscribe");
    }

    @Test
    void eachRecipientGetsOnlyTheirOwnLinkWhereTheLayoutPutsIt() {
        IssueRendering rendering = IssueMail.render(hostile(), List.of(), null, LOOK);
        OutgoingMail mail = IssueMail.mail("Sujet", "fr", rendering, "jeanne@example.fr",
            "https://www.cantal.fr/ruralitic/newsletter/unsubscribe?token=i7.abc&x=1", "<rt.42.7.x@www.cantal.fr>",
            "\"La lettre\" <newsletter.www.cantal.fr>");
        // The editor's "{{rt-unsubscribe}}" was dropped: the link appears once in each part, in the footer.
        assertThat(mail.html().split("token=i7\\.abc&amp;x=1", -1)).hasSize(2);
        assertThat(mail.text().split("token=i7\\.abc&x=1", -1)).hasSize(2);
        assertThat(mail.headers()).containsEntry("List-Unsubscribe",
            "<https://www.cantal.fr/ruralitic/newsletter/unsubscribe?token=i7.abc&x=1>")
            .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
            .containsEntry("Message-ID", "<rt.42.7.x@www.cantal.fr>")
            .containsEntry("List-Id", "\"La lettre\" <newsletter.www.cantal.fr>");
    }

    @Test
    void thePlainTextIsTheEditorsOwnTextWhichReadsAsWritten() {
        IssueRendering rendering = IssueMail.render(hostile(), List.of(), null, LOOK);
        assertThat(rendering.text()).contains("Nouvelles <script>alert(1)</script>\n=====")
            .contains("[le programme](https://www.cantal.fr/programme)").contains("- un\n- deux")
            .contains("https://www.cantal.fr/ruralitic/newsletter/archive/42");
    }

    @Test
    void aColourThatIsNotOneFallsBackToTheDefault() {
        IssueMail.Look look = new IssueMail.Look("Lettre", "red;background:url(x)", "https://www.cantal.fr",
            ZoneId.of("Europe/Paris"));
        assertThat(look.colour()).isEqualTo(NewsletterIssues.DEFAULT_COLOUR);
    }
}
