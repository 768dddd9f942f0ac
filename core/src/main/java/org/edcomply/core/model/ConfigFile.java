package org.edcomply.core.model;

/**
 * A configuration file (or one profile document of it) that was read, so that rules can tell "the
 * key is absent" from "there is no such file".
 *
 * @param kind    {@value #SPRING}, {@value #WEB_XML}, {@value #LOGBACK}, {@value #LOG4J2},
 *                {@value #PERSISTENCE_XML}, {@value #LIQUIBASE} or {@value #SQL_MIGRATION}
 * @param profile the Spring profile of the document, {@code ""} for the default profile
 */
public record ConfigFile(Location location, String kind, String profile) {

    public static final String SPRING = "spring";
    public static final String WEB_XML = "web.xml";
    public static final String LOGBACK = "logback";
    public static final String LOG4J2 = "log4j2";
    public static final String PERSISTENCE_XML = "persistence.xml";
    public static final String LIQUIBASE = "liquibase";
    public static final String SQL_MIGRATION = "sql-migration";

    /** True for the files that configure a web application's sessions (Spring Boot or web.xml). */
    public boolean configuresWebSessions() {
        return SPRING.equals(kind) || WEB_XML.equals(kind);
    }
}
