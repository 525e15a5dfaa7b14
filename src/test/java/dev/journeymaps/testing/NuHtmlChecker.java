package dev.journeymaps.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML checker (validator.nu, what validator.w3.org/nu runs) in-process: the HTML5 schema plus its
 * assertions, as its command-line client sets them up. {@link #errors} lists each error with its line and column;
 * warnings and info messages are not errors.
 */
public final class NuHtmlChecker {
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuHtmlChecker() {
    }

    /** The checker's errors for this HTML document, "line:column message" each; empty when it is valid. */
    public static synchronized List<String> errors(String html) {
        Collector collector = new Collector();
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
            InputSource source = new InputSource(new StringReader(html));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML checker could not run: " + e, e);
        }
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice, not errors
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
