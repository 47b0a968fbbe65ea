package org.ruralitic.it.payara;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one application that Payara Micro starts with, in its own WAR: it deploys and undeploys the tests' WARs in the
 * running server through {@code PayaraMicroRuntime}, which Payara Micro hands to its applications as a CDI bean. Only
 * {@link SharedMicroContainer} may call it: it sends the token it gave the server in a system property.
 *
 * <p>
 * {@code GET} answers once the server is up; {@code POST ?name=n&file=f} deploys the WAR file {@code f} as
 * {@code n} at {@code /n}; {@code DELETE ?name=n} undeploys it. Reflection keeps Payara's API off the tests' class
 * path: this class is the only one to need it.
 */
@WebServlet(MicroDeployer.PATH)
public class MicroDeployer extends HttpServlet {

    static final String CONTEXT = "rt-arquillian-deployer";
    static final String PATH = "/deployments";
    static final String TOKEN_PROPERTY = "ruralitic.it.deployer.token";
    static final String TOKEN_HEADER = "X-Deployer-Token";

    private static final long serialVersionUID = 1L;
    private static final String RUNTIME = "fish.payara.micro.PayaraMicroRuntime";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (allowed(request, response)) {
            answer(response, HttpServletResponse.SC_OK, "ready");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(request, response)) {
            return;
        }
        String name = request.getParameter("name");
        File war = new File(request.getParameter("file"));
        Object deployed = call("deploy", new Class<?>[] {String.class, String.class, File.class}, name, name, war);
        answer(response, Boolean.TRUE.equals(deployed) ? HttpServletResponse.SC_OK
            : HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Boolean.TRUE.equals(deployed) ? "deployed" : "failed");
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (allowed(request, response)) {
            call("undeploy", new Class<?>[] {String.class}, request.getParameter("name"));
            answer(response, HttpServletResponse.SC_OK, "undeployed");
        }
    }

    private static boolean allowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String expected = System.getProperty(TOKEN_PROPERTY, "");
        String given = request.getHeader(TOKEN_HEADER);
        if (expected.isEmpty() || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8))) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
            return false;
        }
        return true;
    }

    private static Object call(String method, Class<?>[] types, Object... arguments) {
        try {
            Class<?> type = Class.forName(RUNTIME, true, Thread.currentThread().getContextClassLoader());
            Object runtime = CDI.current().select(type).get();
            return type.getMethod(method, types).invoke(runtime, arguments);
        }
        catch (InvocationTargetException e) {
            throw new IllegalStateException(method + " failed", e.getCause());
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara Micro's runtime is out of reach", e);
        }
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
