package org.edcomply.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlReaderTest {

    @Test
    void elementsAttributesAndTextKeepTheirPositions() {
        XmlElement root = XmlReader.read("""
                <?xml version="1.0"?>
                <!-- a comment -->
                <configuration>
                  <logger name="org.hibernate.orm.jdbc.bind"
                          level="TRACE"/>
                  <password>
                     s3cret
                  </password>
                </configuration>
                """, "logback.xml");
        XmlElement logger = root.child("logger");
        assertEquals("logback.xml:4:3", logger.location().toString());
        assertEquals("logback.xml:5:11", logger.attributeLocation("level").toString());
        assertEquals("TRACE", logger.attribute("level"));
        XmlElement password = root.child("password");
        assertEquals("s3cret", password.text());
        assertEquals("logback.xml:7:6", password.textLocation().toString());
    }

    @Test
    void aDoctypeIsSkippedNotFetchedAndPositionsStayExact() {
        XmlElement root = XmlReader.read("""
                <!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN"
                    "http://java.sun.com/dtd/web-app_2_3.dtd">
                <web-app>
                  <display-name>Gradebook</display-name>
                </web-app>
                """, "web.xml");
        assertEquals("web.xml:4:17", root.child("display-name").textLocation().toString());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        InputException e = assertThrows(InputException.class, () -> XmlReader.read("""
                <?xml version="1.0"?>
                <!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <x>&xxe;</x>
                """, "x.xml"));
        assertEquals("x.xml:3:9: not valid XML: The entity \"xxe\" was referenced, but not declared.", e.getMessage());
    }

    @Test
    void entityExpansionIsNeverPerformed() {
        InputException e = assertThrows(InputException.class, () -> XmlReader.read("""
                <!DOCTYPE x [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                <x>&b;</x>
                """, "x.xml"));
        assertTrue(e.getMessage().startsWith("x.xml:2:"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithItsPosition() {
        String deep = "<r>" + "<a>".repeat(100) + "</a>".repeat(100) + "</r>";
        InputException e = assertThrows(InputException.class, () -> XmlReader.read(deep, "d.xml"));
        assertEquals("d.xml:1:193: nested deeper than 64 levels", e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> XmlReader.read("<a>\n  <b>\n</a>\n", "m.xml"));
        assertTrue(e.getMessage().matches("m\\.xml:3:\\d+: not valid XML: .*"), e.getMessage());
    }

    @Test
    void anUnclosedDoctypeIsAnErrorAndPrintsNothing() {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(console));
        System.setErr(new java.io.PrintStream(console));
        try {
            InputException e = assertThrows(InputException.class,
                    () -> XmlReader.read("<?xml version=\"1.0\"?>\n<!DOCTYPE configuration [\n  <!ENTITY a \"x\">\n", "u.xml"));
            assertEquals("u.xml:2:1: not valid XML: the DOCTYPE declaration is never closed", e.getMessage());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", console.toString());
    }
}
