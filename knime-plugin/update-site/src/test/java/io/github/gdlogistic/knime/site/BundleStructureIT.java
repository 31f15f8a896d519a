package io.github.gdlogistic.knime.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the bundle jar as built: manifest, plugin.xml, node descriptions, icons, embedded core. */
class BundleStructureIT {

    private static final String NODE_NAMESPACE = "http://knime.org/node/v4.1";

    private static JarFile bundle() throws IOException {
        Path jar = Path.of(System.getProperty("bundle.jar"));
        assertTrue(Files.isRegularFile(jar), "bundle jar not built: " + jar);
        return new JarFile(jar.toFile());
    }

    private static Document parse(InputStream in, boolean namespaceAware) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(in);
    }

    @Test
    void manifestHasTheOsgiHeaders() throws IOException {
        try (JarFile jar = bundle()) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("2", main.getValue("Bundle-ManifestVersion"));
            assertEquals(System.getProperty("bundle.symbolicName") + ";singleton:=true",
                    main.getValue("Bundle-SymbolicName"));
            assertEquals(System.getProperty("bundle.version"), main.getValue("Bundle-Version"));
            assertEquals("JavaSE-17", main.getValue("Bundle-RequiredExecutionEnvironment"));
            assertEquals("lazy", main.getValue("Bundle-ActivationPolicy"));
            assertEquals("org.knime.core;bundle-version=\"[5.5.0,6.0.0)\"", main.getValue("Require-Bundle"));
            assertEquals(".,lib/" + System.getProperty("core.jar.name"), main.getValue("Bundle-ClassPath"));
        }
    }

    @Test
    void embeddedCoreJarIsPresentAndHoldsTheCore() throws IOException {
        try (JarFile jar = bundle()) {
            ZipEntry core = jar.getEntry("lib/" + System.getProperty("core.jar.name"));
            assertNotNull(core, "embedded core jar missing");
            try (ZipInputStream inner = new ZipInputStream(jar.getInputStream(core))) {
                boolean trainer = false;
                for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                    trainer |= entry.getName().equals("io/github/gdlogistic/core/table/TabularTrainer.class");
                }
                assertTrue(trainer, "embedded core jar lacks TabularTrainer");
            }
        }
    }

    @Test
    void noKnimeClassesArePackaged() throws IOException {
        try (JarFile jar = bundle()) {
            assertFalse(jar.stream().anyMatch(entry -> entry.getName().startsWith("org/knime/")),
                    "the API shim must not be packaged");
        }
    }

    @Test
    void everyClassNamedInPluginXmlIsInTheJar() throws Exception {
        try (JarFile jar = bundle()) {
            ZipEntry pluginXml = jar.getEntry("plugin.xml");
            assertNotNull(pluginXml, "plugin.xml missing");
            Document plugin = parse(jar.getInputStream(pluginXml), false);
            List<String> classes = new ArrayList<>();
            NodeList nodes = plugin.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(((Element) nodes.item(i)).getAttribute("factory-class"));
            }
            assertEquals(2, classes.size(), "expected learner and predictor nodes");
            NodeList ports = plugin.getElementsByTagName("portType");
            assertEquals(1, ports.getLength());
            Element port = (Element) ports.item(0);
            for (String attribute : new String[] {"objectClass", "objectSerializer", "specClass", "specSerializer"}) {
                classes.add(port.getAttribute(attribute));
            }
            for (String name : classes) {
                assertFalse(name.isEmpty());
                assertNotNull(jar.getEntry(name.replace('.', '/') + ".class"), "class not in jar: " + name);
            }
            NodeList categories = plugin.getElementsByTagName("category");
            assertEquals(1, categories.getLength());
            Element category = (Element) categories.item(0);
            assertEquals("/community", category.getAttribute("path"));
            assertIcon(jar, category.getAttribute("icon"));
            for (int i = 0; i < nodes.getLength(); i++) {
                assertEquals("/community/" + category.getAttribute("level-id"),
                        ((Element) nodes.item(i)).getAttribute("category-path"));
            }
        }
    }

    @Test
    void nodeDescriptionsAreCompleteAndTheirIconsExist() throws Exception {
        try (JarFile jar = bundle()) {
            Document plugin = parse(jar.getInputStream(jar.getEntry("plugin.xml")), false);
            NodeList nodes = plugin.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                String factory = ((Element) nodes.item(i)).getAttribute("factory-class");
                String path = factory.replace('.', '/') + ".xml";
                ZipEntry entry = jar.getEntry(path);
                assertNotNull(entry, "node description missing: " + path);
                Document description = parse(jar.getInputStream(entry), true);
                Element root = description.getDocumentElement();
                assertEquals("knimeNode", root.getLocalName());
                assertEquals(NODE_NAMESPACE, root.getNamespaceURI());
                assertTrue(List.of("Learner", "Predictor").contains(root.getAttribute("type")));
                List<String> children = new ArrayList<>();
                for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element) {
                        children.add(child.getLocalName());
                    }
                }
                assertEquals(List.of("name", "shortDescription", "fullDescription", "ports", "keywords"), children,
                        path);
                Element full = (Element) description.getElementsByTagNameNS(NODE_NAMESPACE, "fullDescription").item(0);
                assertEquals(1, full.getElementsByTagNameNS(NODE_NAMESPACE, "intro").getLength(), path);
                assertTrue(full.getElementsByTagNameNS(NODE_NAMESPACE, "option").getLength() >= 5, path);
                assertTrue(full.getElementsByTagNameNS(NODE_NAMESPACE, "link").getLength() >= 1, path);
                assertTrue(description.getElementsByTagNameNS(NODE_NAMESPACE, "outPort").getLength() >= 1, path);
                String icon = root.getAttribute("icon");
                String iconPath = factory.substring(0, factory.lastIndexOf('.')).replace('.', '/') + "/"
                        + icon.replaceFirst("^\\./", "");
                assertIcon(jar, iconPath);
            }
        }
    }

    private static void assertIcon(JarFile jar, String path) throws IOException {
        ZipEntry entry = jar.getEntry(path);
        assertNotNull(entry, "icon missing: " + path);
        byte[] bytes = jar.getInputStream(entry).readAllBytes();
        java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "not an image: " + path);
        assertEquals(16, image.getWidth(), path);
        assertEquals(16, image.getHeight(), path);
    }

    @Test
    void updateSiteZipContainsTheBundleAndTheFeature() throws Exception {
        Path zip = Path.of(System.getProperty("site.zip"));
        assertTrue(Files.isRegularFile(zip), "update site zip not built: " + zip);
        String plugin = "plugins/" + System.getProperty("bundle.symbolicName") + "_" + System.getProperty("bundle.version")
                + ".jar";
        String feature = "features/" + System.getProperty("feature.id") + "_" + System.getProperty("bundle.version")
                + ".jar";
        try (ZipFile site = new ZipFile(zip.toFile())) {
            assertNotNull(site.getEntry("artifacts.jar"), "artifacts.jar missing");
            assertNotNull(site.getEntry("content.jar"), "content.jar missing");
            assertNotNull(site.getEntry(feature), "feature missing: " + feature);
            ZipEntry bundleEntry = site.getEntry(plugin);
            assertNotNull(bundleEntry, "bundle missing: " + plugin);
            byte[] inSite = site.getInputStream(bundleEntry).readAllBytes();
            assertEquals(Files.size(Path.of(System.getProperty("bundle.jar"))), inSite.length,
                    "the site must carry the bundle as built (its manifest unchanged)");
            String content = readContentXml(site);
            assertTrue(content.contains("id='" + System.getProperty("feature.id") + ".feature.group'"), "no feature group");
            assertTrue(content.contains("org.eclipse.equinox.p2.type.category"), "no category in content.xml");
            assertTrue(content.contains("<required namespace='org.eclipse.equinox.p2.iu' name='"
                    + System.getProperty("bundle.symbolicName") + "' range="),
                    "feature does not require the bundle");
        }
    }

    private static String readContentXml(ZipFile site) throws IOException {
        try (ZipInputStream content = new ZipInputStream(site.getInputStream(site.getEntry("content.jar")))) {
            for (ZipEntry entry = content.getNextEntry(); entry != null; entry = content.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("content.jar has no content.xml");
    }
}
