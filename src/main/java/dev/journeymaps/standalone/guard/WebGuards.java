package dev.journeymaps.standalone.guard;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Puts the standalone host's guards in front of every servlet, in this order: security headers (on every
 * response, error pages included), the Host allowlist, the body limit; our error report replaces Tomcat's; a
 * proxy's {@code X-Forwarded-Proto} (from a private or loopback address only) tells Tomcat a request came over HTTPS.
 *
 * @param bind           the address listened on
 * @param publicUrl      the URL users reach the server at, or null
 * @param signInRequired whether users sign in (a Jira is configured)
 * @param maxBodyBytes   the largest request body accepted
 */
public record WebGuards(String bind, String publicUrl, boolean signInRequired, long maxBodyBytes) {

    public void install(Context context, Connector connector, StandardHost host) {
        host.setErrorReportValveClass(ErrorReport.class.getName());
        context.getPipeline().addValve(new RemoteIpValve());
        connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
        filter(context, "security-headers", new SecurityHeaders(), DispatcherType.REQUEST, DispatcherType.FORWARD,
                DispatcherType.INCLUDE, DispatcherType.ERROR, DispatcherType.ASYNC);
        filter(context, "host-allowlist", HostAllowlist.of(bind, publicUrl, signInRequired), DispatcherType.REQUEST);
        filter(context, "body-limit", new BodyLimit(maxBodyBytes), DispatcherType.REQUEST);
    }

    private static void filter(Context context, String name, Filter filter, DispatcherType... dispatchers) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPatternDecoded("/*");
        for (DispatcherType dispatcher : dispatchers) {
            map.setDispatcher(dispatcher.name());
        }
        context.addFilterMap(map);
    }
}
