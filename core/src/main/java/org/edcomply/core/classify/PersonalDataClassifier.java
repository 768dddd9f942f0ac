package org.edcomply.core.classify;

import java.util.List;
import java.util.Optional;
import org.edcomply.annotations.DataSubject;

/**
 * Finds personal data by name: a field's name tokens are matched against the taxonomy's patterns,
 * with the declaring class as context. {@code Student.grade} is a mark, {@code GradingScale.grade}
 * is not; {@code guardianEmail} is an email, {@code emailTemplate} is not.
 *
 * <p>Per field, no state: safe to share between threads.
 */
public final class PersonalDataClassifier {

    /** Whose class a field is declared in, from the class name. */
    public enum OwnerKind {
        /** A person: Student, Guardian, SignupRequest. */
        PERSON,
        /** A record about a person: AttendanceRecord, GradeEntry, ProctoringSession. */
        RECORD,
        /** An organisation, catalogue or configuration: School, Course, NotificationSettings. */
        ORGANISATION,
        OTHER
    }

    private static final List<String> BOOLEAN_PREFIXES = List.of("is", "has", "can", "was", "use", "uses", "require", "requires");

    private final Taxonomy taxonomy;

    public PersonalDataClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public static PersonalDataClassifier builtIn() {
        return new PersonalDataClassifier(Taxonomy.builtIn());
    }

    /** What kind of class {@code simpleName} is, from its last meaningful word. */
    public OwnerKind ownerKind(String simpleName) {
        List<String> tokens = ownerTokens(simpleName);
        String last = tokens.get(tokens.size() - 1);
        if (taxonomy.subjectTokens.containsKey(last)) {
            return OwnerKind.PERSON;
        }
        if (taxonomy.records.contains(last)) {
            return OwnerKind.RECORD;
        }
        if (taxonomy.organisations.contains(last)) {
            return OwnerKind.ORGANISATION;
        }
        if (tokens.stream().anyMatch(taxonomy.subjectTokens::containsKey)) {
            return OwnerKind.PERSON;
        }
        if (tokens.stream().anyMatch(taxonomy.records::contains)) {
            return OwnerKind.RECORD;
        }
        return OwnerKind.OTHER;
    }

    /** True for class names that say they carry data: {@code StudentDto}, {@code SignupRequest}, {@code Guardian}. */
    public boolean isDataClassName(String simpleName) {
        List<String> all = NameTokens.of(simpleName);
        if (all.isEmpty()) {
            return false;
        }
        if (taxonomy.classSuffixes.contains(all.get(all.size() - 1))) {
            return true;
        }
        OwnerKind kind = ownerKind(simpleName);
        String last = ownerTokens(simpleName).get(ownerTokens(simpleName).size() - 1);
        return (kind == OwnerKind.PERSON || kind == OwnerKind.RECORD)
                && (taxonomy.subjectTokens.containsKey(last) || taxonomy.records.contains(last));
    }

    /**
     * Classifies one field.
     *
     * @param owner     the simple name of the declaring class
     * @param field     the field, record component or property name
     * @param isBoolean whether the field is a {@code boolean}/{@code Boolean}
     */
    public Optional<Classification> classify(String owner, String field, boolean isBoolean) {
        List<String> full = NameTokens.of(field);
        if (full.isEmpty()) {
            return Optional.empty();
        }
        int end = full.size();
        while (end > 1 && taxonomy.ignoredTrailing.contains(full.get(end - 1))) {
            end--;
        }
        OwnerKind kind = ownerKind(owner);
        Match best = null;
        for (DataType type : taxonomy.dataTypes) {
            if (isBoolean && !type.booleans()) {
                continue;
            }
            for (List<String> p : type.suffix()) {
                int from = end - p.size();
                if (from >= 0 && full.subList(from, end).equals(p)) {
                    best = better(best, accept(type, p, full, from, end, kind, owner));
                }
            }
            for (List<String> p : type.anywhere()) {
                for (int from = 0; from + p.size() <= full.size(); from++) {
                    if (full.subList(from, from + p.size()).equals(p)) {
                        best = better(best, accept(type, p, full, from, from + p.size(), kind, owner));
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Match m = best;
        return Optional.of(new Classification(m.type.key(), m.type.category(), m.subject, String.join(" ", m.pattern),
                field, m.context));
    }

    private record Match(DataType type, List<String> pattern, DataSubject subject, String context) {
    }

    private static Match better(Match current, Match candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.pattern.size() > current.pattern.size() ? candidate : current;
    }

    private Match accept(DataType type, List<String> pattern, List<String> full, int from, int to, OwnerKind kind,
                         String owner) {
        DataSubject named = null;
        for (int i = 0; i < full.size(); i++) {
            if (i >= from && i < to) {
                continue;
            }
            String t = full.get(i);
            if (taxonomy.excluded.contains(t) || type.exclude().contains(t)) {
                return null;
            }
            if (named == null && !taxonomy.genericSubjects.contains(t) && taxonomy.subjectTokens.containsKey(t)
                    && !(i == 0 && BOOLEAN_PREFIXES.contains(t))) {
                named = taxonomy.subjectTokens.get(t);
            }
        }
        boolean allowed = switch (type.context()) {
            case "any" -> kind != OwnerKind.ORGANISATION || named != null;
            case "record" -> kind == OwnerKind.PERSON || kind == OwnerKind.RECORD || named != null;
            default -> kind == OwnerKind.PERSON || named != null;
        };
        if (!allowed) {
            return null;
        }
        DataSubject subject = named != null ? named : ownerSubject(owner, kind);
        String context = named != null ? "" : kind == OwnerKind.PERSON ? " in " + owner + ", a person's class"
                : kind == OwnerKind.RECORD ? " in " + owner + ", a record about a person" : "";
        return new Match(type, pattern, subject, context);
    }

    private DataSubject ownerSubject(String owner, OwnerKind kind) {
        List<String> tokens = ownerTokens(owner);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            DataSubject s = taxonomy.subjectTokens.get(tokens.get(i));
            if (s != null && !taxonomy.genericSubjects.contains(tokens.get(i))) {
                return s;
            }
        }
        return kind == OwnerKind.RECORD ? DataSubject.STUDENT : DataSubject.USER;
    }

    private List<String> ownerTokens(String simpleName) {
        List<String> tokens = NameTokens.of(simpleName);
        int end = tokens.size();
        while (end > 1 && taxonomy.classSuffixes.contains(tokens.get(end - 1))) {
            end--;
        }
        return tokens.isEmpty() ? List.of(simpleName.toLowerCase()) : tokens.subList(0, end);
    }
}
