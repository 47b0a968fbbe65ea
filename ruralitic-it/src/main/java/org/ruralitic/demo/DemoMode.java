package org.ruralitic.demo;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Switches the demo's mail sink on when the system property {@value #MAILBOX} names its SMTP port, as the demo
 * profile does: it starts the sink and the page {@value #PAGE} that lists the mails it received. Without the
 * property (the tests, any real deployment) it does nothing, and GreenMail need not even be on the class path.
 */
@WebListener
public class DemoMode implements ServletContextListener {

    /** The system property of the mail sink's SMTP port. */
    public static final String MAILBOX = "ruralitic.demo.mailbox";

    /** The address of the demo mailbox page. */
    public static final String PAGE = "/demo/mailbox";

    private static final Logger LOGGER = System.getLogger(DemoMode.class.getName());
    private static final String STARTED = "RuraliTIC demo: mails go to a local sink on 127.0.0.1:{0}, never out; read "
        + "them at {1}" + PAGE;

    private AutoCloseable sink;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String port = System.getProperty(MAILBOX);
        if (port == null || port.isBlank()) {
            return;
        }
        ServletContext context = event.getServletContext();
        DemoMailbox mailbox = DemoMailbox.start(Integer.parseInt(port.strip()));
        sink = mailbox;
        context.addServlet("ruralitic-demo-mailbox", new MailboxServlet(mailbox)).addMapping(PAGE);
        LOGGER.log(Level.INFO, STARTED, port.strip(), context.getContextPath());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (sink != null) {
            try {
                sink.close();
            }
            catch (Exception e) {
                LOGGER.log(Level.WARNING, "RuraliTIC demo: the mail sink did not stop cleanly", e);
            }
        }
    }
}
