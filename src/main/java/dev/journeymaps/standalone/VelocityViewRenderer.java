package dev.journeymaps.standalone;

import dev.journeymaps.web.ViewRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The standalone host's {@link ViewRenderer}: Velocity 2.4 reading templates from the classpath, set up
 * to behave like Jira's TemplateRenderer so one set of templates serves both hosts.
 *
 * <p><b>Escaping, as found in Atlassian's documentation</b> ("JIRA 6.0 – HTML escaping for Velocity
 * templates"; the {@code com.atlassian.velocity.htmlsafe} package shared by atlassian-template-renderer and
 * Confluence: {@code HtmlAnnotationEscaper}, {@code HtmlSafe}, {@code HtmlSafeAnnotationUtils}):
 * since Jira 6.0 every plugin template is auto-escaped by a {@code ReferenceInsertionEventHandler}: the
 * value of every reference and method call is HTML-encoded when written, unless it is marked safe —
 * the method is annotated {@code @com.atlassian.velocity.htmlsafe.HtmlSafe}, or the reference's name
 * ends in {@code Html} ({@code $fooHtml}, {@code $x.fooHtml}, {@code $x.getFooHtml()}). Templates may opt
 * out with {@code #disable_html_escaping()}; we never do. Values only pass through the handler when they
 * are <em>written</em>, so {@code #set}, {@code #if} and method arguments see raw values.
 *
 * <p>What this class mirrors: the name rule only ({@link HtmlEscapingInsertionHandler}), since our code
 * carries no Atlassian annotation. Hence the template rules: user text is always a plain reference
 * (escaped once by the host, never by us in Java), pre-built markup only in references ending in
 * {@code Html} (today just {@code $headHtml}), and user text is never passed as an argument of
 * {@code $i18n.getText} (Jira's I18nHelper result may be treated as trusted). Escaping {@code $i18n} output
 * here is harmless because the bundle holds no markup and no entities.
 *
 * <p>Velocity 1.x compatibility (Jira uses Atlassian's 1.6 fork): 1.x whitespace gobbling ("bc"),
 * {@code #if} true for any non-null non-false value (no empty check), no implicit argument conversion,
 * 1.x macro argument scoping. Only public methods of non-system classes can be called (SecureUberspector),
 * a coarse stand-in for Jira's velocity allowlist.
 */
public class VelocityViewRenderer implements ViewRenderer {
    private final VelocityEngine engine;
    private final Map<String, Object> globals;

    /** The standalone host: templates see {@code $standalone} = true and draw their own application header. */
    public VelocityViewRenderer() {
        this(Map.of("standalone", Boolean.TRUE));
    }

    /** @param globals values put in every context (a render's own context wins on a clash) */
    public VelocityViewRenderer(Map<String, Object> globals) {
        this.globals = Map.copyOf(globals);
        this.engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.class.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        engine.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
        engine.setProperty(RuntimeConstants.VM_ENABLE_BC_MODE, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingInsertionHandler.class.getName());
        engine.init();
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        Map<String, Object> values = new HashMap<>(globals);
        values.putAll(context);
        Template template = engine.getTemplate(templatePath, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(new VelocityContext(values), out);
        return out.toString();
    }
}
