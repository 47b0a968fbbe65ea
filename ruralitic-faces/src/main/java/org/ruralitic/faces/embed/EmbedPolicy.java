package org.ruralitic.faces.embed;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.ruralitic.common.Settings;
import org.ruralitic.faces.common.SecurityHeaders;

/**
 * Sends the Content-Security-Policy of the embed pages: the strict policy of the public pages, except that the sites
 * the setting {@value #SETTING} lists may frame them ({@code frame-ancestors}). By default only the portal itself
 * may. Mapped after {@link SecurityHeaders} on {@code /ruralitic/embed/*}, it replaces that filter's policy there,
 * whatever the portal's template and {@code security.csp}: the embed pages always have the library's own template.
 * <p>
 * The setting is a list of origins separated by spaces or commas, such as
 * {@code https://www.aurillac.fr https://*.cantal.fr}; an entry that is not an origin (a path, a quote, a
 * semicolon that would end the directive) is left out and logged, never copied into the header.
 *
 * @since 0.1
 */
public class EmbedPolicy implements Filter {

    /** The setting of the origins that may frame the embed pages. */
    public static final String SETTING = "embed.frame.ancestors";

    /** Where the embed pages live, below {@code /ruralitic}. */
    public static final String PATH = "/embed/";

    private static final System.Logger LOG = System.getLogger(EmbedPolicy.class.getName());

    private static final String IGNORED = "RuraliTIC: the setting " + SETTING
        + " lists {0}, which is not an origin (https://host or https://host:port); it is ignored.";

    // scheme://host[:port], the host possibly starting with "*.", the port possibly "*".
    private static final Pattern ORIGIN = Pattern.compile(
        "^https?://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:([0-9]{1,5}|\\*))?$");

    private String policy;

    @Override
    public void init(FilterConfig config) {
        Settings settings = new Settings(Settings.sources(config.getServletContext().getClassLoader()));
        policy = policy(origins(settings.get(SETTING).orElse("")));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        // On the script and style sheet too, where it does nothing: simpler than telling them apart.
        ((HttpServletResponse) response).setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }

    /**
     * @param value the setting's value.
     * @return the origins it lists, in order, without the entries that are not origins.
     */
    static List<String> origins(String value) {
        List<String> origins = new ArrayList<>();
        for (String entry : value.strip().split("[\\s,]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String origin = entry.toLowerCase(Locale.ROOT).replaceFirst("/$", "");
            if (ORIGIN.matcher(origin).matches()) {
                origins.add(origin);
            }
            else {
                LOG.log(Level.WARNING, IGNORED, entry.length() > 80 ? entry.substring(0, 80) + "…" : entry);
            }
        }
        return origins;
    }

    /**
     * @param origins origins that may frame the pages, besides the portal.
     * @return the policy.
     */
    static String policy(List<String> origins) {
        String ancestors = "frame-ancestors 'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
        return SecurityHeaders.STRICT_CSP.replace("frame-ancestors 'self'", ancestors);
    }
}
