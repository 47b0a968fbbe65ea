package org.ruralitic.faces.programme;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.event.Edition;
import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.event.EditionChoice;
import org.ruralitic.programme.ProgrammeDay;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.Speaker;

/**
 * The days of a programme and their sessions, as {@code <r:programme>} shows them: one {@code <section>} a day, an
 * ordered list of its sessions with their times, room, track and speakers. Written in Java rather than by nested
 * {@code ui:repeat}s: the profile of a programme rendered anew showed a third of its time in the EL of the repeated
 * markup (every {@code #{talk.…}} resolved again through the variable mapper and the resolver chain), and the
 * programme is the longest of the public pages.
 * <p>
 * Every text goes through the {@link ResponseWriter}, which escapes it: a session's title, a room or a speaker's
 * name typed in the back-office is shown, never run.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:programmeDays value="#{rtProgramme.days}"/&gt;
 * </pre>
 *
 * @since 0.3
 */
public class ProgrammeDays extends UIComponentBase {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.programme.ProgrammeDays";

    /** The component family. */
    public static final String COMPONENT_FAMILY = "org.ruralitic.faces";

    enum PropertyKeys {
        value
    }

    /** A component without renderer and without state of its own beyond its attribute. */
    public ProgrammeDays() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return COMPONENT_FAMILY;
    }

    /** @return the days to show, by date, each with its sessions by start time. */
    @SuppressWarnings("unchecked")
    public List<ProgrammeDay> getValue() {
        return (List<ProgrammeDay>) getStateHelper().eval(PropertyKeys.value, List.of());
    }

    /** @param value the days to show. */
    public void setValue(List<ProgrammeDay> value) {
        getStateHelper().put(PropertyKeys.value, value);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<ProgrammeDay> days = getValue();
        if (days == null || days.isEmpty()) {
            return;
        }
        Markup markup = new Markup(context);
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

        Markup(FacesContext context) {
            this.out = context.getResponseWriter();
            this.text = context.getApplication().getResourceBundle(context, "rtText");
            this.format = bean(context, "#{rtFormat}", Formats.class);
            this.page = bean(context, "#{rtPage}", Page.class);
            this.locale = bean(context, "#{rtLocale}", PageLocale.class).getLocale();
            Edition current = bean(context, "#{rtEdition}", EditionChoice.class).getCurrent();
            this.currentEdition = current == null ? null : current.getId();
        }

        private static <T> T bean(FacesContext context, String name, Class<T> type) {
            return context.getApplication().evaluateExpressionGet(context, name, type);
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
            time(date, format.day(day.day()));
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
            time(format.iso(talk.getStartLocal(), talk.getEdition().zone()), format.time(talk.getStartLocal()));
            out.writeText(" " + text.getString("time.to") + " ", null);
            time(format.iso(talk.getEndLocal(), talk.getEdition().zone()), format.time(talk.getEndLocal()));
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
            item(null, text.getString("format." + talk.getFormat().name()));
            if (talk.getRoom() != null && !talk.getRoom().isEmpty()) {
                item(null, text.getString("programme.room") + " : " + talk.getRoom());
            }
            if (talk.getTrack() != null) {
                item(null, talk.getTrack().labelIn(locale));
            }
            if (!Objects.equals(talk.getEdition().getId(), currentEdition)) {
                item("rt-session__edition", talk.getEdition().getName());
            }
            out.endElement("ul");
            out.write('\n');
        }

        private void speakers(List<Speaker> speakers) throws IOException {
            if (speakers.isEmpty()) {
                return;
            }
            out.startElement("p", null);
            out.startElement("span", null);
            out.writeAttribute("class", "rt-visually-hidden", null);
            out.writeText(text.getString("programme.speakers") + " : ", null);
            out.endElement("span");
            StringBuilder names = new StringBuilder();
            for (Speaker speaker : speakers) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(speaker.getName());
                String organisation = speaker.getOrganisation();
                if (organisation != null && !organisation.isEmpty()) {
                    names.append(" (").append(organisation).append(')');
                }
            }
            out.writeText(names, null);
            out.endElement("p");
            out.write('\n');
        }

        private void item(String styleClass, String content) throws IOException {
            out.startElement("li", null);
            if (styleClass != null) {
                out.writeAttribute("class", styleClass, null);
            }
            out.writeText(content, null);
            out.endElement("li");
            out.write('\n');
        }

        private void time(String datetime, String shown) throws IOException {
            out.startElement("time", null);
            out.writeAttribute("datetime", datetime, null);
            out.writeText(shown, null);
            out.endElement("time");
        }
    }
}
