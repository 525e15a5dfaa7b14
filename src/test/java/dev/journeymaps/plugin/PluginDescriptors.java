package dev.journeymaps.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads what atlassian-plugin.xml and the Spring context name: classes, resource locations, i18n keys. */
final class PluginDescriptors {
    static final String PLUGIN_KEY = "dev.journeymaps.journey-maps";
    static final String I18N_BUNDLE = "i18n/journey-maps.properties";

    private PluginDescriptors() {
    }

    static Document parse(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(xml);
    }

    static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** Every class the plugin system loads from us: class attributes anywhere and AO entities. */
    static Set<String> classNames(Document descriptor) {
        Set<String> names = new LinkedHashSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                names.add(element.getAttribute("class").trim());
            }
        }
        elements(descriptor, "entity").forEach(entity -> names.add(entity.getTextContent().trim()));
        return names;
    }

    /** Locations of the descriptor's own resources, as paths inside the jar ("i18n.journey-maps" is a bundle name). */
    static Set<String> resourcePaths(Document descriptor) {
        Set<String> paths = new LinkedHashSet<>();
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location").trim();
            if ("i18n".equals(resource.getAttribute("type"))) {
                paths.add(location.replace('.', '/') + ".properties");
            } else {
                paths.add(location.startsWith("/") ? location.substring(1) : location);
            }
        }
        return paths;
    }

    /** i18n keys the descriptor uses: module names and descriptions, labels, tooltips. */
    static Set<String> i18nKeys(Document descriptor) {
        Set<String> keys = new LinkedHashSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            String tag = element.getTagName();
            if ((tag.equals("label") || tag.equals("description") || tag.equals("tooltip")) && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    /** Classes of the plain beans in the Spring context (scanned components are checked by the compiler). */
    static Set<String> beanClasses(Document springContext) {
        Set<String> names = new LinkedHashSet<>();
        for (Element bean : elements(springContext, "bean")) {
            if (bean.hasAttribute("class")) {
                names.add(bean.getAttribute("class").trim());
            }
        }
        return names;
    }
}
