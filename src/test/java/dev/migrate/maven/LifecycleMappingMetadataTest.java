package dev.migrate.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The packaged m2e lifecycle mapping ({@code META-INF/m2e/lifecycle-mapping-metadata.xml}) tells Eclipse and VS Code
 * to ignore every goal of the plugin, the ones added later included: its goals are those of the generated plugin.xml.
 */
class LifecycleMappingMetadataTest {

    private static final Path CLASSES = Path.of("target/classes/META-INF");

    @Test
    void everyGoalOfThePluginIsIgnoredByIdeBuilds() throws Exception {
        Set<String> pluginGoals = new TreeSet<>();
        Document plugin = parse(CLASSES.resolve("maven/plugin.xml"));
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            pluginGoals.add(child((Element) mojos.item(i), "goal"));
        }
        assertEquals(true, pluginGoals.contains("upgrade"), pluginGoals::toString);

        Document mapping = parse(CLASSES.resolve("m2e/lifecycle-mapping-metadata.xml"));
        Set<String> ignored = new TreeSet<>();
        NodeList executions = mapping.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            assertNotNull(action.getElementsByTagName("ignore").item(0), "every listed goal is ignored");
            NodeList goals = execution.getElementsByTagName("goal");
            for (int g = 0; g < goals.getLength(); g++) {
                ignored.add(goals.item(g).getTextContent().strip());
            }
        }
        assertEquals(pluginGoals, ignored);
    }

    private static String child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + name + "> in a <mojo>");
    }

    private static Document parse(Path file) throws Exception {
        assertEquals(true, Files.isRegularFile(file), file + " (built by mvn process-classes)");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
