package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A chart's output parsed as XML (which fails the test if it is not well-formed), with what tests look at. */
final class SvgDocument {

    final String svg;
    final Document document;
    final Element root;

    private SvgDocument(String svg, Document document) {
        this.svg = svg;
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return new SvgDocument(svg, document);
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** Checks what every chart must have: SVG namespace, scaling, accessible title and description. */
    SvgDocument assertAccessible(String title) {
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        Element first = firstElementChild(root);
        assertThat(first.getTagName()).isEqualTo("title");
        assertThat(first.getTextContent()).isEqualTo(title);
        Element desc = nextElementSibling(first);
        assertThat(desc.getTagName()).isEqualTo("desc");
        assertThat(desc.getTextContent()).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby").split(" "))
                .containsExactly(first.getAttribute("id"), desc.getAttribute("id"));
        assertThat(texts()).contains(title);
        return this;
    }

    String description() {
        return elements("desc").get(0).getTextContent();
    }

    double viewBoxHeight() {
        return Double.parseDouble(root.getAttribute("viewBox").split(" ")[3]);
    }

    List<String> texts() {
        return elements("text").stream().map(Node::getTextContent).toList();
    }

    List<Element> elements(String tag) {
        return list(document.getElementsByTagName(tag));
    }

    /** Elements with this tag inside groups of this class. */
    List<Element> inGroups(String groupClass, String tag) {
        List<Element> found = new ArrayList<>();
        for (Element group : elements("g")) {
            if (group.getAttribute("class").equals(groupClass)) {
                found.addAll(list(group.getElementsByTagName(tag)));
            }
        }
        return found;
    }

    List<Element> groups(String groupClass) {
        return elements("g").stream().filter(group -> group.getAttribute("class").equals(groupClass)).toList();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** The {@code <title>} tooltip of an element, or "". */
    static String tooltip(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("title")) {
                return e.getTextContent();
            }
        }
        return "";
    }

    static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element firstElementChild(Element element) {
        Node node = element.getFirstChild();
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static Element nextElementSibling(Element element) {
        Node node = element.getNextSibling();
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }
}
