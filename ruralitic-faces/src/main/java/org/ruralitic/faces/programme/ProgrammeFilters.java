package org.ruralitic.faces.programme;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.ruralitic.faces.common.Formats;
import org.ruralitic.faces.common.ListMarkup;
import org.ruralitic.faces.common.Page;
import org.ruralitic.faces.common.PageLocale;
import org.ruralitic.faces.event.EditionChoice;
import org.ruralitic.programme.ProgrammeSession;
import org.ruralitic.programme.SessionFormat;
import org.ruralitic.theme.Theme;

/**
 * The filters of {@code <r:programme>}: a GET form choosing a day, a track and a format among those of the sessions
 * given, the page's current choices selected. Written in Java for the reason {@link ListMarkup} gives: as three
 * {@code ui:repeat}s of options, every option resolved the page's beans and parameters again.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;r:programmeFilters value="#{rtProgramme.sessions}"/&gt;
 * </pre>
 *
 * @since 0.4
 */
public class ProgrammeFilters extends ListMarkup<ProgrammeSession> {

    /** The component type. */
    public static final String COMPONENT_TYPE = "org.ruralitic.faces.programme.ProgrammeFilters";

    private static final String FIELD = "rt-filters__field";

    @Override
    protected void write(FacesContext context, ResponseWriter out, List<ProgrammeSession> sessions)
        throws IOException {
        ResourceBundle text = labels(context);
        ProgrammePage programme = bean(context, "rtProgramme", ProgrammePage.class);
        Page page = bean(context, "rtPage", Page.class);
        PageLocale locale = bean(context, "rtLocale", PageLocale.class);
        Formats format = bean(context, "rtFormat", Formats.class);
        EditionChoice edition = bean(context, "rtEdition", EditionChoice.class);

        out.startElement("form", null);
        out.writeAttribute("class", "rt-filters", null);
        out.writeAttribute("method", "get", null);
        out.startElement("fieldset", null);
        element(out, "legend", null, text.getString("programme.filters"));

        Select day = new Select(out, text, "rt-programme-day", "day", "programme.day", page.param("day"));
        for (LocalDate choice : programme.getDayChoices()) {
            day.option(choice.toString(), format.day(choice));
        }
        day.end();
        Select track = new Select(out, text, "rt-programme-track", "track", "programme.track", page.param("track"));
        for (Theme choice : programme.getTrackChoices()) {
            track.option(choice.getCode(), choice.labelIn(locale.getLocale()));
        }
        track.end();
        Select kind = new Select(out, text, "rt-programme-format", "format", "programme.format", page.param("format"));
        for (SessionFormat choice : programme.getFormatChoices()) {
            kind.option(ProgrammePage.codeOf(choice), text.getString("format." + choice.name()));
        }
        kind.end();

        if (edition.isNamed()) {
            hidden(out, "edition", edition.getCurrent().getSlug());
        }
        String language = locale.getExplicitLanguage();
        if (present(language)) {
            hidden(out, "lang", language);
        }
        out.startElement("button", null);
        out.writeAttribute("type", "submit", null);
        out.writeAttribute("class", "rt-button", null);
        out.writeText(text.getString("programme.apply"), null);
        out.endElement("button");
        if (programme.isFiltered()) {
            out.startElement("a", null);
            out.writeAttribute("class", "rt-filters__reset", null);
            out.writeAttribute("href", "?" + (present(language) ? "lang=" + language : ""), null);
            out.writeText(text.getString("programme.reset"), null);
            out.endElement("a");
        }
        out.endElement("fieldset");
        out.endElement("form");
    }

    private static void hidden(ResponseWriter out, String name, String value) throws IOException {
        out.startElement("input", null);
        out.writeAttribute("type", "hidden", null);
        out.writeAttribute("name", name, null);
        out.writeAttribute("value", value, null);
        out.endElement("input");
    }

    /** One labelled {@code <select>}, its first option "all", the page's choice selected. */
    private static final class Select {

        private final ResponseWriter out;
        private final String chosen;

        Select(ResponseWriter out, ResourceBundle text, String id, String name, String label, String chosen)
            throws IOException {
            this.out = out;
            this.chosen = chosen;
            out.startElement("p", null);
            out.writeAttribute("class", FIELD, null);
            out.startElement("label", null);
            out.writeAttribute("for", id, null);
            out.writeText(text.getString(label), null);
            out.endElement("label");
            out.startElement("select", null);
            out.writeAttribute("id", id, null);
            out.writeAttribute("name", name, null);
            option("", text.getString("programme.all"));
        }

        void option(String value, String shown) throws IOException {
            out.startElement("option", null);
            out.writeAttribute("value", value, null);
            if (!value.isEmpty() && value.equals(chosen)) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(shown, null);
            out.endElement("option");
        }

        void end() throws IOException {
            out.endElement("select");
            out.endElement("p");
        }
    }
}
