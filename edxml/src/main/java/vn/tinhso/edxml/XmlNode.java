package vn.tinhso.edxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small in-memory element tree for the envelope part of a packet (a few kilobytes), read with StAX. Names are
 * local names: the reader has already checked that the envelope is in the QCVN 102 namespace.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name) {
        this.name = name;
    }

    /** Reads the element the reader stands on, up to and including its end tag. */
    static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        XmlNode node = new XmlNode(r.getLocalName());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            node.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children.add(read(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        node.text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return node;
                }
                default -> {
                    // comments and processing instructions carry nothing for the packet
                }
            }
        }
    }

    XmlNode child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element's text without surrounding whitespace; {@code null} when it has only whitespace. */
    String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }
}
