package org.ruralitic.faces.content;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.access.AccessDeniedException;
import org.ruralitic.common.Ruralitic;
import org.ruralitic.common.Zones;
import org.ruralitic.content.ContentExporter;
import org.ruralitic.faces.backoffice.Staff;

/**
 * Backs the download of the whole site ({@code /ruralitic/admin/export}): the content file that
 * {@link org.ruralitic.content.ContentImporter} reads, as an attachment {@code ruralitic-site-<date>.json}, for
 * administrators only (anyone else gets a 403), never kept by a cache, written to the audit log by the exporter.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;a href="#{request.contextPath}/ruralitic/admin/export"&gt;Télécharger tout le site&lt;/a&gt;
 * </pre>
 *
 * @since 0.3
 */
@Named("rtSiteExport")
@RequestScoped
public class SiteExport {

    /** The start of the file's name, before its date. */
    public static final String FILE_PREFIX = "ruralitic-site-";

    @Inject
    ContentExporter exporter;

    @Inject
    Staff staff;

    @Inject
    @Ruralitic
    Clock clock;

    /** The view action of the download: the whole site as JSON, or a 403 for anyone but an administrator. */
    public void download() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        try {
            if (!staff.isAdministrator()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            else {
                write(response);
            }
        }
        catch (AccessDeniedException e) {
            forbidden(response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** @return the name of today's file: {@code ruralitic-site-2026-12-02.json}. */
    public String getFileName() {
        return FILE_PREFIX + LocalDate.now(clock.withZone(Zones.PARIS)) + ".json";
    }

    private void write(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + getFileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The whole file is read before a byte is written: a failure of the database is an error page, not half a file.
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        exporter.export(staff.getActor(), out);
        out.flush();
    }

    private static void forbidden(HttpServletResponse response) {
        try {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
