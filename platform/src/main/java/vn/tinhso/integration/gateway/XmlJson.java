package vn.tinhso.integration.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plain XML ↔ JSON for declared mappings: an element with children becomes an object, a leaf its text, repeated
 * names an array; JSON objects become nested elements. Parsing refuses DTDs (no external entities, no entity
 * expansion bombs).
 */
final class XmlJson {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private XmlJson() {
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The element as JSON: an object of its child elements, or its text when it has none. */
    static JsonNode toJson(Element element) {
        List<Element> children = children(element);
        if (children.isEmpty()) {
            return JsonNodeFactory.instance.stringNode(element.getTextContent().strip());
        }
        Map<String, List<JsonNode>> grouped = new LinkedHashMap<>();
        for (Element child : children) {
            grouped.computeIfAbsent(child.getLocalName(), name -> new ArrayList<>()).add(toJson(child));
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        grouped.forEach((name, values) -> {
            if (values.size() == 1) {
                object.set(name, values.getFirst());
            } else {
                object.putArray(name).addAll(values);
            }
        });
        return object;
    }

    /** Appends {@code value} as XML under {@code parent}: fields as elements, arrays as repeated elements. */
    static void appendJson(StringBuilder xml, String name, JsonNode value) {
        if (value.isArray()) {
            value.forEach(item -> appendJson(xml, name, item));
            return;
        }
        xml.append('<').append(name).append('>');
        if (value.isObject()) {
            value.properties().forEach(field -> appendJson(xml, field.getKey(), field.getValue()));
        } else if (!value.isNull()) {
            xml.append(escape(value.asString()));
        }
        xml.append("</").append(name).append('>');
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** XML element names allow fewer characters than JSON field names. */
    static boolean validName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_.-]*");
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
