package org.ruralitic.it;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (validator.nu, the W3C's HTML checker) in the tests' JVM: the HTML living standard's schema
 * and its assertions, as the online checker applies them.
 */
public final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {
    }

    /**
     * @param html a page as served.
     * @return its errors, each with its line and column; empty when the page is valid. Warnings are not errors.
     */
    public static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Advice, not an error (the checker's "info" and "warning" messages).
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
            InputSource source = new InputSource(new StringReader(html));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        catch (IOException | SAXException e) {
            errors.add("not checked: " + e.getMessage());
        }
        catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not start", e);
        }
        return errors;
    }
}
