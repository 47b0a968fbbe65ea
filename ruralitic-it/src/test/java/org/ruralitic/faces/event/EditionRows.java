package org.ruralitic.faces.event;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import org.ruralitic.event.Edition;
import org.ruralitic.event.Series;

/**
 * What the database holds about an edition, for {@link EditionBackOfficeIT}: {@code GET /test/editions?slug=x}
 * answers {@code sponsorships=N sessions=M days=D}, 404 when there is no such edition; {@code POST} removes it with
 * its co-located days and their partner walls, as the test's clean-up; {@code POST ?series=code} removes the series of
 * that code when no edition belongs to it.
 */
@WebServlet("/test/editions")
public class EditionRows extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "ruralitic")
    transient EntityManager entityManager;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Edition> found = entityManager.createQuery("SELECT e FROM Edition e WHERE e.slug = :slug", Edition.class)
            .setParameter("slug", request.getParameter("slug")).getResultList();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Edition edition = found.get(0);
        response.setContentType("text/plain");
        response.getWriter().write("sponsorships=" + count("SELECT COUNT(s) FROM Sponsorship s WHERE s.edition = :e",
            edition) + " sessions=" + count("SELECT COUNT(s) FROM ProgrammeSession s WHERE s.edition = :e", edition)
            + " days=" + count("SELECT COUNT(d) FROM Edition d WHERE d.partOf = :e", edition));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            String series = request.getParameter("series");
            if (series != null) {
                removeSeries(series);
                transaction.commit();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            List<Edition> found = entityManager.createQuery("SELECT e FROM Edition e WHERE e.slug = :slug",
                Edition.class).setParameter("slug", request.getParameter("slug")).getResultList();
            for (Edition edition : found) {
                List<Edition> days = entityManager.createQuery("SELECT d FROM Edition d WHERE d.partOf = :e",
                    Edition.class).setParameter("e", edition).getResultList();
                for (Edition day : days) {
                    removeWithWall(day);
                }
                entityManager.flush();
                removeWithWall(edition);
            }
            transaction.commit();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
        catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void removeSeries(String code) {
        for (Series series : entityManager.createQuery("SELECT s FROM Series s WHERE s.code = :code", Series.class)
            .setParameter("code", code).getResultList()) {
            if (!series.isMain() && entityManager.createQuery("SELECT COUNT(e) FROM Edition e WHERE e.series = :s",
                Long.class).setParameter("s", series).getSingleResult() == 0) {
                entityManager.remove(series);
            }
        }
    }

    private void removeWithWall(Edition edition) {
        entityManager.createQuery("DELETE FROM Sponsorship s WHERE s.edition = :e").setParameter("e", edition)
            .executeUpdate();
        entityManager.remove(edition);
    }

    private long count(String query, Edition edition) {
        return entityManager.createQuery(query, Long.class).setParameter("e", edition).getSingleResult();
    }
}
