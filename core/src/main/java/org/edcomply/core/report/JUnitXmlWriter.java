package org.edcomply.core.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes JUnit XML for the test tabs of Jenkins, GitLab and Azure: one test suite per
 * jurisdiction, one test case per requirement per file. A case fails when it has an active
 * finding; it is skipped when all its findings are suppressed or in the baseline; a requirement
 * with no finding at all passes as one case, so the tab shows what was checked, not only what failed.
 */
public final class JUnitXmlWriter {

    public static final String FILE_NAME = "TEST-edcomply.xml";

    private JUnitXmlWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        // jurisdiction -> requirement id -> path -> findings
        Map<String, Map<String, Map<String, List<TriagedFinding>>>> cases = new TreeMap<>();
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        for (Requirement r : report.requirements()) {
            requirements.putIfAbsent(r.id(), r);
            cases.computeIfAbsent(r.jurisdiction(), j -> new TreeMap<>()).computeIfAbsent(r.id(), id -> new TreeMap<>());
        }
        for (TriagedFinding f : report.findings()) {
            cases.computeIfAbsent(f.finding().jurisdiction(), j -> new TreeMap<>())
                    .computeIfAbsent(f.finding().requirementId(), id -> new TreeMap<>())
                    .computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            int[] all = totals(cases);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "EdComply " + report.project());
            x.writeAttribute("tests", String.valueOf(all[0]));
            x.writeAttribute("failures", String.valueOf(all[1]));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(all[2]));
            x.writeAttribute("time", "0");
            for (Map.Entry<String, Map<String, Map<String, List<TriagedFinding>>>> suite : cases.entrySet()) {
                int[] t = totals(Map.of(suite.getKey(), suite.getValue()));
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", "edcomply." + suite.getKey());
                x.writeAttribute("tests", String.valueOf(t[0]));
                x.writeAttribute("failures", String.valueOf(t[1]));
                x.writeAttribute("errors", "0");
                x.writeAttribute("skipped", String.valueOf(t[2]));
                x.writeAttribute("time", "0");
                for (Map.Entry<String, Map<String, List<TriagedFinding>>> requirement : suite.getValue().entrySet()) {
                    String id = requirement.getKey();
                    if (requirement.getValue().isEmpty()) {
                        testCase(x, suite.getKey(), id, "(all files)", List.of(), requirements.get(id));
                    }
                    for (Map.Entry<String, List<TriagedFinding>> file : requirement.getValue().entrySet()) {
                        testCase(x, suite.getKey(), id, file.getKey(), file.getValue(), requirements.get(id));
                    }
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toByteArray();
    }

    /** tests, failures, skipped. */
    private static int[] totals(Map<String, Map<String, Map<String, List<TriagedFinding>>>> cases) {
        int[] t = new int[3];
        cases.values().forEach(reqs -> reqs.values().forEach(files -> {
            if (files.isEmpty()) {
                t[0]++;
            }
            files.values().forEach(list -> {
                t[0]++;
                if (list.stream().anyMatch(TriagedFinding::isActive)) {
                    t[1]++;
                } else {
                    t[2]++;
                }
            });
        }));
        return t;
    }

    private static void testCase(XMLStreamWriter x, String jurisdiction, String requirement, String file,
                                 List<TriagedFinding> findings, Requirement r) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "edcomply." + jurisdiction + "." + requirement);
        x.writeAttribute("name", file);
        x.writeAttribute("file", file);
        if (!findings.isEmpty()) {
            x.writeAttribute("line", String.valueOf(findings.get(0).finding().location().line()));
        }
        x.writeAttribute("time", "0");
        List<TriagedFinding> active = findings.stream().filter(TriagedFinding::isActive).toList();
        if (!active.isEmpty()) {
            Finding first = active.get(0).finding();
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("type", first.severity().name());
            x.writeAttribute("message", first.message() + cite(first));
            x.writeCharacters(details(active));
            x.writeEndElement();
        } else if (!findings.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("skipped");
            x.writeAttribute("message", skippedReason(findings));
            x.writeEndElement();
        }
        if (!findings.isEmpty() || r != null) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(r != null ? r.title() + " (" + (r.cite() == null ? "" : r.cite()) + ")"
                    : findings.get(0).finding().title());
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static String skippedReason(List<TriagedFinding> findings) {
        TriagedFinding f = findings.get(0);
        if (f.suppression() != null) {
            return "suppressed: " + f.suppression().reason()
                    + (f.suppression().until() == null ? "" : " (until " + f.suppression().until() + ")");
        }
        return "accepted in the baseline";
    }

    private static String details(List<TriagedFinding> findings) {
        StringBuilder sb = new StringBuilder("\n");
        for (TriagedFinding t : findings) {
            Finding f = t.finding();
            sb.append(f.severity()).append(' ').append(t.path());
            if (f.location().line() > 0) {
                sb.append(':').append(f.location().line());
            }
            sb.append(": ").append(f.message()).append(cite(f)).append('\n');
            if (!f.remediation().isEmpty()) {
                sb.append("Fix: ").append(f.remediation()).append('\n');
            }
            if (f.link() != null) {
                sb.append(f.link()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cite(Finding f) {
        return f.cite() == null || f.cite().isEmpty() ? "" : " (" + f.cite() + ")";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
