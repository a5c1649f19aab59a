package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The example project users copy from asks for the plugin this repository builds. */
class ExampleProjectTest {

    private static final Path ROOT_POM = Path.of("pom.xml");
    private static final Path EXAMPLE_POM = Path.of("migrations-example", "pom.xml");

    @Test
    void examplePluginVersionEqualsProjectVersion() throws Exception {
        String projectVersion = child(parse(ROOT_POM).getDocumentElement(), "version");
        Element properties = childElement(parse(EXAMPLE_POM).getDocumentElement(), "properties");

        assertEquals(projectVersion, child(properties, "migrate.plugin.version"),
                EXAMPLE_POM + ": set <migrate.plugin.version> to the version in " + ROOT_POM);
    }

    @Test
    void exampleUsesItsPluginVersionPropertyForThePlugin() throws Exception {
        List<String> versions = new ArrayList<>();
        var plugins = parse(EXAMPLE_POM).getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("migrate-maven-plugin".equals(child(plugin, "artifactId"))) {
                versions.add(child(plugin, "version"));
            }
        }
        // The build section names the version; the ci profile's plugin inherits it.
        assertTrue(versions.contains("${migrate.plugin.version}"), versions.toString());
        versions.removeIf(v -> v == null || v.equals("${migrate.plugin.version}"));
        assertEquals(List.of(), versions, "every migrate-maven-plugin in the example must use ${migrate.plugin.version}");
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element childElement(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The text of a direct child element, or null when there is none. */
    private static String child(Element parent, String name) {
        Element element = childElement(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
