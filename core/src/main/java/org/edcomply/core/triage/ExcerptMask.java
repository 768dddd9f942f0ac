package org.edcomply.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.scan.config.Secrets;

/**
 * Masks secrets in the source lines that reports show, whatever the file's format: reports travel
 * further than the repository (CI artifacts, PR comments, SARIF uploads). Lines are masked, not
 * parsed, so it errs on the side of hiding: after a word that names a secret ({@link
 * Secrets#isSecretKey}), the assigned value, the element's content and every quoted literal are
 * masked; credential shapes, passwords inside URLs and private key blocks are masked anywhere;
 * and a {@code <param-value>} whose {@code <param-name>} names a secret on an earlier line is too.
 */
final class ExcerptMask {

    private static final String MASK = Secrets.MASK;
    /** Words a secret can be named by: identifiers, dotted or dashed keys. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** After the key: {@code = value}, {@code : value}, {@code " = value} (group 1 is the value). */
    private static final Pattern ASSIGNED = Pattern.compile("^[\"']?\\s*[:=]\\s*(\\S.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    /** {@code <password>value</password>}, {@code <password attr="x">value}: group 1 is the content. */
    private static final Pattern ELEMENT_CONTENT = Pattern.compile("^[^<>]*>([^<]+)");
    /** {@code <param-name>smtp.password</param-name>}: group 1 is the name an element gives. */
    private static final Pattern NAME_ELEMENT = Pattern.compile("<([\\w:.-]*name)>\\s*([^<]+?)\\s*</\\1>");
    /** {@code <param-value>x</param-value>}, {@code <value>x</value>}: group 1 is the content. */
    private static final Pattern VALUE_ELEMENT = Pattern.compile("<[\\w:.-]*value>([^<]*)<");
    private static final Pattern KEY_BEGIN = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern KEY_END = Pattern.compile("-----END [A-Z ]*PRIVATE KEY-----");

    private ExcerptMask() {
    }

    /** The lines of a file with every secret the masking recognises replaced by {@link Secrets#MASK}. */
    static List<String> lines(List<String> lines) {
        List<String> masked = new ArrayList<>(lines.size());
        boolean inKey = false;
        boolean valueIsSecret = false;
        for (String line : lines) {
            if (inKey) {
                inKey = !KEY_END.matcher(line).find();
                masked.add(inKey ? MASK : KEY_END.matcher(line).replaceFirst(MASK + "$0").replaceAll("^.*?(\\*{8})", "$1"));
                continue;
            }
            Matcher begin = KEY_BEGIN.matcher(line);
            if (begin.find()) {
                inKey = !KEY_END.matcher(line).find(begin.end());
                masked.add(line.substring(0, begin.end()) + MASK);
                continue;
            }
            String m = Secrets.maskTokens(Secrets.maskUrlPasswords(line));
            if (valueIsSecret) {
                Matcher value = VALUE_ELEMENT.matcher(m);
                if (value.find()) {
                    m = m.substring(0, value.start(1)) + MASK + m.substring(value.end(1));
                    valueIsSecret = false;
                }
            }
            Matcher name = NAME_ELEMENT.matcher(m);
            if (name.find()) {
                valueIsSecret = Secrets.isSecretKey(name.group(2));
            }
            masked.add(afterSecretWord(m));
        }
        return masked;
    }

    static String mask(String line) {
        return lines(List.of(line)).get(0);
    }

    private static String afterSecretWord(String line) {
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            if (!Secrets.isSecretKey(word.group())) {
                continue;
            }
            String head = line.substring(0, word.end());
            String rest = line.substring(word.end());
            Matcher assigned = ASSIGNED.matcher(rest);
            if (assigned.find()) {
                return head + rest.substring(0, assigned.start(1)) + MASK;
            }
            if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
                head += rest.charAt(0); // the quote that closes the name, as in name="db.password"
                rest = rest.substring(1);
            }
            if (word.start() > 0 && line.charAt(word.start() - 1) == '<') {
                Matcher content = ELEMENT_CONTENT.matcher(rest);
                if (content.find() && !content.group(1).isBlank()) {
                    rest = rest.substring(0, content.start(1)) + MASK + rest.substring(content.end(1));
                }
            }
            return head + QUOTED.matcher(rest).replaceAll(q -> Matcher.quoteReplacement(q.group().charAt(0) + MASK
                    + q.group().charAt(0)));
        }
        return line;
    }
}
