package org.edcomply.core.scan.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;

/**
 * Says which personal data a database column holds from its name, the way privacy scanners classify
 * identifiers: the name is split into lower-case words ({@code dateOfBirth}, {@code date_of_birth}
 * and {@code DATE_OF_BIRTH} all read {@code date of birth}) and its last words are matched against
 * word patterns, after any qualifiers ({@code parent email}, {@code home phone}).
 * Deliberately conservative: boolean columns ({@code email_verified}, {@code is_minor}), foreign
 * keys ({@code guardian_id}) and timestamps ({@code created_at}) are not personal data by name.
 */
public final class ColumnClassifier {

    /** A classification and the pattern that made it, for the finding's evidence. */
    public record Match(DataCategory category, String pattern) {
    }

    private record Rule(DataCategory category, String words) {
    }

    private static final List<Rule> RULES = new ArrayList<>();
    /** All rules in one alternation, in order, each its own named group: one match per name. */
    private static final Pattern ANY_RULE;

    static {
        // most specific first: "grade level" before "grade", "parent email" is an email
        rule("(first|given|fore|middle|last|family|sur|full|display|legal|preferred|nick)\\s?name|surname|forename", DataCategory.NAME);
        rule("(student|pupil|learner|child|parent|guardian|teacher|person|user)\\s?name", DataCategory.NAME);
        rule("user\\s?name|login\\s?name", DataCategory.USERNAME);
        rule("e\\s?mail(\\s?address)?", DataCategory.EMAIL);
        rule("(phone|mobile|cell|telephone|tel)(\\s?(number|no|num))?", DataCategory.PHONE);
        rule("ip(\\s?address)?|ipv[46](\\s?address)?|remote\\s?addr(ess)?", DataCategory.IP_ADDRESS);
        rule("(mac|hardware)\\s?address", DataCategory.DEVICE_ID);
        rule("(street|home|postal|mailing|billing|residential)?\\s?address(\\s?line\\s?\\d)?|street|city|zip(\\s?code)?|post(al)?\\s?code", DataCategory.POSTAL_ADDRESS);
        rule("dob|date\\s?of\\s?birth|birth\\s?(date|day|year)|birthdate|birthday", DataCategory.DATE_OF_BIRTH);
        rule("age", DataCategory.AGE);
        rule("gender|sex", DataCategory.GENDER);
        rule("ssn|social\\s?security(\\s?(number|no))?|passport(\\s?(number|no))?|national\\s?(id|identity|insurance)(\\s?number)?|driv(er|ing)s?\\s?licen[cs]e(\\s?number)?|tax\\s?id", DataCategory.GOVERNMENT_ID);
        rule("(student|pupil|learner)\\s?(number|no|num)|sis\\s?id|state\\s?student\\s?id", DataCategory.STUDENT_ID);
        rule("grade\\s?level|year\\s?group|school\\s?year", DataCategory.GRADE_LEVEL);
        rule("grades?|marks?|score|gpa|test\\s?score|exam\\s?(result|score)", DataCategory.GRADES);
        rule("(assessment|test|exam|quiz)\\s?results?", DataCategory.ASSESSMENT_RESULT);
        rule("attendance|absences?|tardies|tardy", DataCategory.ATTENDANCE);
        rule("(iep|504)(\\s?plan)?|special\\s?(education|needs|ed)|sen(\\s?status)?", DataCategory.SPECIAL_EDUCATION);
        rule("disabilit(y|ies)", DataCategory.DISABILITY);
        rule("allerg(y|ies)(\\s?notes)?|diagnos[ie]s|medications?|medical(\\s?(notes|conditions?|history|records?))?|health(\\s?(notes|conditions?|records?))?|prescriptions?|blood\\s?type", DataCategory.HEALTH);
        rule("ethnicity|race|racial\\s?origin|ethnic\\s?origin", DataCategory.RACE_ETHNICITY);
        rule("religion|religious\\s?(belief|affiliation)", DataCategory.RELIGION);
        rule("free\\s?(and\\s?reduced\\s?)?lunch(\\s?(status|eligibility))?|frl(\\s?status)?|meal\\s?eligibility", DataCategory.FREE_LUNCH_ELIGIBILITY);
        rule("english\\s?learner(\\s?status)?|ell(\\s?status)?|lep(\\s?status)?", DataCategory.ENGLISH_LEARNER_STATUS);
        rule("(discipline|disciplinary|behaviou?r)(\\s?(incidents?|notes|records?))?|suspensions?", DataCategory.DISCIPLINE);
        rule("teacher\\s?(notes|comments)", DataCategory.TEACHER_NOTES);
        rule("device\\s?(id|identifier|token)|idfa|advertising\\s?id", DataCategory.DEVICE_ID);
        rule("latitude|longitude|lat\\s?lng|geo\\s?(location|point|coordinates?)|gps(\\s?(location|position))?", DataCategory.PRECISE_LOCATION);
        rule("face\\s?(template|print|embedding|encoding)|fingerprint|voice\\s?print|iris(\\s?scan)?|retina(\\s?scan)?|biometrics?(\\s?template)?", DataCategory.BIOMETRIC);
        rule("photo|avatar|picture|portrait|headshot", DataCategory.PHOTO);
        rule("(voice|audio)\\s?(recording|sample|clip)s?", DataCategory.VOICE_RECORDING);
        rule("password(\\s?hash)?|pwd|pass\\s?hash", DataCategory.CREDENTIALS);
        rule("(bank|iban)\\s?(account)?(\\s?number)?|iban|account\\s?number", DataCategory.FINANCIAL_ACCOUNT);
        rule("(credit|debit)\\s?card(\\s?number)?|card\\s?number", DataCategory.PAYMENT_CARD);
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < RULES.size(); i++) {
            any.append(i == 0 ? "" : "|").append("(?<r").append(i).append(">").append(RULES.get(i).words()).append(')');
        }
        ANY_RULE = Pattern.compile(any.toString());
    }

    private static final Pattern STUDENT_IDENTIFIER = Pattern.compile("(student|pupil|learner|state\\s?student|sis)\\s?id");
    private static final Pattern STUDENTS = Pattern.compile(".*\\b(students?|pupils?|learners?|child(ren)?|kids?)\\b.*");
    private static final Pattern GUARDIANS = Pattern.compile(".*\\b(parents?|guardians?|famil(y|ies))\\b.*");
    private static final Pattern EDUCATORS = Pattern.compile(".*\\b(teachers?|educators?|instructors?|tutors?|faculty)\\b.*");
    private static final Pattern STAFF = Pattern.compile(".*\\b(staff|employees?)\\b.*");
    private static final Pattern BOOLEAN_TYPE = Pattern.compile("(?i)bool(ean)?|bit|tinyint\\s*\\(\\s*1\\s*\\)");
    private static final Pattern NOT_DATA = Pattern.compile("(is|has|can|should|allow|enable|enabled|use)\\s.*"
            + "|.*\\s(id|ids|key|uuid|at|on|verified|confirmed|enabled|count|flag|hash\\s?algorithm)"
            + "|.*\\s(type|format|status\\s?code|policy|length|min|max)"
            + "|.*(server|host|smtp|proxy|gateway|broker)\\s(address|ip|name)");

    private ColumnClassifier() {
    }

    private static void rule(String words, DataCategory category) {
        RULES.add(new Rule(category, words));
    }

    /** The category of a column, if its name says it holds personal data. */
    public static Optional<Match> classify(String column, String type) {
        if (type != null && BOOLEAN_TYPE.matcher(type.trim()).matches()) {
            return Optional.empty();
        }
        String words = words(column);
        if (NOT_DATA.matcher(words).matches() && !STUDENT_IDENTIFIER.matcher(words).matches()) {
            return Optional.empty();
        }
        // qualifiers may come first ("parent email", "home phone"): try the whole name, then shorter
        // endings; the earliest rule wins, so "grade level" is a grade level, not a grade
        Matcher m = ANY_RULE.matcher(words);
        Rule best = null;
        int bestIndex = Integer.MAX_VALUE;
        for (int start = 0; start >= 0; start = words.indexOf(' ', start) < 0 ? -1 : words.indexOf(' ', start) + 1) {
            m.region(start, words.length());
            if (m.matches()) {
                int index = matchedRule(m);
                if (index < bestIndex) {
                    bestIndex = index;
                    best = RULES.get(index);
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.category(), words));
    }

    /**
     * The first rule whose group matched. An alternation tries its branches in order, but a later
     * branch may match when an earlier one cannot cover the whole name, so the index is read back.
     */
    private static int matchedRule(Matcher m) {
        for (int i = 0; i < RULES.size(); i++) {
            if (m.start("r" + i) >= 0) {
                return i;
            }
        }
        throw new IllegalStateException("a match without a rule");
    }

    /** Whose data a table holds, from its name; {@code USER} when it does not say. */
    public static DataSubject subject(String table) {
        String t = words(table);
        if (STUDENTS.matcher(t).matches()) {
            return DataSubject.STUDENT;
        }
        if (GUARDIANS.matcher(t).matches()) {
            return DataSubject.PARENT_GUARDIAN;
        }
        if (EDUCATORS.matcher(t).matches()) {
            return DataSubject.EDUCATOR;
        }
        if (STAFF.matcher(t).matches()) {
            return DataSubject.STAFF;
        }
        return DataSubject.USER;
    }

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    /** {@code dateOfBirth}, {@code DATE_OF_BIRTH} → {@code date of birth}. */
    static String words(String identifier) {
        String spaced = ACRONYM.matcher(CAMEL.matcher(identifier).replaceAll("$1 $2")).replaceAll("$1 $2");
        return SEPARATORS.matcher(spaced.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
