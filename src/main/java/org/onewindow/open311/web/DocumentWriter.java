package org.onewindow.open311.web;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 documents in both formats from the same records, so that element and field names cannot
 * drift apart. XML: schemaless, no namespace, UTF-8 with a declaration, each record component an element named
 * by its {@link JsonProperty} (or its own name), lists wrapped in their container with {@link XmlItem} entries,
 * {@code null} as an empty element. JSON: the specification's Spark convention, which is what Jackson writes for
 * these records: a list container becomes an array (also at the root, where the container's name drops out), and
 * {@code null} stays {@code null}.
 */
final class DocumentWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private DocumentWriter() {
    }

    /** A list at the root: {@code <services><service>…</service></services>}, or a JSON array. */
    static String list(Format format, String container, String item, List<? extends Record> entries) {
        if (format == Format.JSON) {
            return json(entries);
        }
        return xml(writer -> {
            writer.writeStartElement(container);
            for (Record entry : entries) {
                writeRecord(writer, item, entry);
            }
            writer.writeEndElement();
        });
    }

    /** A single object at the root: {@code <service_definition>…</service_definition>}, or a JSON object. */
    static String object(Format format, String root, Record document) {
        if (format == Format.JSON) {
            return json(document);
        }
        return xml(writer -> writeRecord(writer, root, document));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A GeoReport document could not be written as JSON", e);
        }
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A GeoReport document could not be written as XML", e);
        }
        return out.toString();
    }

    private static void writeRecord(XMLStreamWriter writer, String name, Record value) throws XMLStreamException {
        writer.writeStartElement(name);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object child;
            try {
                child = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            String childName = property != null ? property.value() : component.getName();
            XmlItem item = component.getAnnotation(XmlItem.class);
            if (child instanceof List<?> list) {
                if (item == null) {
                    throw new IllegalStateException(component + " needs @XmlItem to be written as XML");
                }
                writer.writeStartElement(childName);
                for (Object entry : list) {
                    writeValue(writer, item.value(), entry);
                }
                writer.writeEndElement();
            } else {
                writeValue(writer, childName, child);
            }
        }
        writer.writeEndElement();
    }

    private static void writeValue(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value instanceof Record record) {
            writeRecord(writer, name, record);
        } else if (value == null) {
            writer.writeEmptyElement(name);
        } else {
            writer.writeStartElement(name);
            writer.writeCharacters(xmlText(value.toString()));
            writer.writeEndElement();
        }
    }

    /** Drops the characters XML 1.0 cannot carry at all (most control characters), which would break the document. */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
