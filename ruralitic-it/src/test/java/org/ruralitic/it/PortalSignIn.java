package org.ruralitic.it;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a portal's sign-in does, for the tests: opens a session for the visitor. Pages of a signed-in visitor may
 * show things of theirs (through the portal's template), so the library must never share them.
 */
@WebServlet("/test/sign-in")
public class PortalSignIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true).setAttribute("visitor", "Marie");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
